using CommuneRadio.Silo.Tests.Hosting;

namespace CommuneRadio.Silo.Tests.Cli;

public sealed class CliStationsTests
{
    [Fact]
    public async Task Stations_list_shows_the_imported_stations_by_their_Vietnamese_names_filtered_by_area_and_health()
    {
        await using var silo = await SiloHost.StartAsync("cli_stations");
        await SimulatedDevices.ImportAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);

        var all = CliOutput.Document(await cli.RunAsync(["stations", "list"])).EnumerateArray().ToList();
        Assert.Equal(
            [("s-29224", "Đài truyền thanh phường Sa Đéc"), ("s-29308", "Đài truyền thanh xã Mỹ Hiệp")],
            all.Select(s => (s.GetProperty("id").GetString(), s.GetProperty("name").GetString())).Order());
        Assert.All(all, s => Assert.Equal((3, 0, "down"), (s.GetProperty("devices").GetInt32(), s.GetProperty("onlineDevices").GetInt32(), s.GetProperty("health").GetString())));

        var saDec = CliOutput.Document(await cli.RunAsync(["stations", "list", "--area", "29224"]));
        Assert.Equal("s-29224", Assert.Single(saDec.EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty(CliOutput.Document(await cli.RunAsync(["stations", "list", "--status", "up"])).EnumerateArray());

        cli.Terminal = true;
        var table = await cli.RunAsync(["stations", "list", "--area", "82", "--status", "down"]);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Đài truyền thanh xã Mỹ Hiệp", table.Out, StringComparison.Ordinal);
        Assert.Contains("Đài truyền thanh phường Sa Đéc", table.Out, StringComparison.Ordinal);
        Assert.Contains("0/3", table.Out, StringComparison.Ordinal);
        Assert.Contains("2 stations", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_area_is_refused_with_exit_2_naming_the_area_and_an_unknown_health_is_a_usage_error()
    {
        await using var silo = await SiloHost.StartAsync("cli_stations_bad");
        await SimulatedDevices.ImportAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);

        var unknown = await cli.RunAsync(["stations", "list", "--area", "99999"]);
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("area: '99999' is not a known area code", unknown.Error, StringComparison.Ordinal);

        var health = await cli.RunAsync(["stations", "list", "--status", "sleeping"]);
        Assert.True(health.ExitCode == 1, health.ToString());
        Assert.Contains("sleeping", health.Error, StringComparison.Ordinal);
    }
}
