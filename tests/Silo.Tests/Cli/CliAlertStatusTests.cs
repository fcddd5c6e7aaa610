using System.Net.Http.Json;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Cli;

public sealed class CliAlertStatusTests
{
    [Fact]
    public async Task Following_an_alert_prints_its_progress_as_it_climbs_and_exits_0_when_every_device_confirmed()
    {
        await using var silo = await SiloHost.StartAsync("cli_status_follow");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);
        var id = CliOutput.Id(CliOutput.Document(await cli.RunAsync(["alert", "send", "--template", "storm", "--area", "29308", "--area", "29224", "--status", "exercise"])));

        var followed = await cli.RunAsync(["alert", "status", id, "--follow"]);

        Assert.True(followed.ExitCode == 0, followed.ToString());
        var lines = CliOutput.Lines(followed);
        Assert.All(lines, l => Assert.Equal(id, CliOutput.Id(l)));
        Assert.Equal((6, 6), CliOutput.Confirmed(lines[^1]));
        Assert.Equal(100.0, lines[^1].GetProperty("confirmedPercent").GetDouble());
        Assert.Empty(lines[^1].GetProperty("unconfirmed").EnumerateArray());
        Assert.Equal(lines.Count, lines.Select(l => l.GetRawText()).Distinct().Count()); // a line per change, never the same twice
    }

    [Fact]
    public async Task Sending_with_wait_on_a_terminal_shows_the_progress_bar_to_100_percent_and_exits_0()
    {
        await using var silo = await SiloHost.StartAsync("cli_send_wait");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);
        cli.Terminal = true;

        var waited = await cli.RunAsync(["alert", "send", "--template", "landslide", "--area", "29224", "--status", "exercise", "--wait"]);

        Assert.True(waited.ExitCode == 0, waited.ToString());
        Assert.Contains("confirmed 3/3 (100%)", waited.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Stations not confirmed", waited.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alert_that_expires_with_a_device_offline_ends_the_follow_with_exit_4_and_names_the_station_not_confirmed()
    {
        await using var silo = await SiloHost.StartAsync("cli_status_expired", new SiloHostOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["Orleans:MinimumReminderPeriod"] = "00:00:01",
                ["Alerts:SweepPeriod"] = "00:00:01",
                ["Stations:AlertResendAfter"] = "00:00:01",
            },
        });
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        await devices["s-29308", "d-03"].StopAsync();
        await TaskTimeouts.Eventually(async () => !await StationApi.DeviceOnlineAsync(silo, "s-29308", "d-03"), "the console shows d-03 offline");
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);
        using var response = await silo.Http.PostAsJsonAsync("/api/alerts", new
        {
            @event = "Triều cường", areaCodes = new[] { "29308" }, text = "Triều cường dâng cao trong hai giờ tới.",
            expires = DateTimeOffset.UtcNow.AddSeconds(4), status = "exercise",
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("alert").GetProperty("id").GetString()!;
        cli.Terminal = true;

        var followed = await cli.RunAsync(["alert", "status", id, "--follow"]);

        Assert.True(followed.ExitCode == 4, followed.ToString());
        Assert.Contains("expired", followed.Out, StringComparison.Ordinal);
        Assert.Contains("confirmed 2/3", followed.Out, StringComparison.Ordinal);
        Assert.Contains("Stations not confirmed", followed.Out, StringComparison.Ordinal);
        Assert.Contains("Đài truyền thanh xã Mỹ Hiệp", followed.Out, StringComparison.Ordinal);
        Assert.Contains("d-03", followed.Out, StringComparison.Ordinal);

        cli.Terminal = false;
        var snapshot = await cli.RunAsync(["alert", "status", id]);
        Assert.True(snapshot.ExitCode == 4, snapshot.ToString());
        var progress = System.Text.Json.JsonDocument.Parse(snapshot.Out).RootElement;
        var station = Assert.Single(progress.GetProperty("unconfirmed").EnumerateArray());
        Assert.Equal("Đài truyền thanh xã Mỹ Hiệp", station.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Ctrl_C_while_following_exits_130_after_showing_where_delivery_stood()
    {
        await using var silo = await SiloHost.StartAsync("cli_status_interrupt");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        await devices["s-29224", "d-02"].StopAsync();
        await TaskTimeouts.Eventually(async () => !await StationApi.DeviceOnlineAsync(silo, "s-29224", "d-02"), "the console shows d-02 offline");
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);
        var id = CliOutput.Id(CliOutput.Document(await cli.RunAsync(["alert", "send", "--template", "flood", "--area", "29224", "--status", "exercise"])));
        await TaskTimeouts.Eventually(
            async () => CliOutput.Confirmed(CliOutput.Document(await cli.RunAsync(["alert", "status", id]))).Confirmed == 2,
            "the two online Sa Đéc devices confirm");
        using var ctrlC = new CancellationTokenSource();
        cli.Terminal = true;

        var interrupted = await cli.RunAsync(["alert", "status", id, "--follow"], interrupt: ctrlC.Token, onOutput: _ => ctrlC.Cancel());

        Assert.True(interrupted.ExitCode == 130, interrupted.ToString());
        Assert.Contains("interrupted", interrupted.Error, StringComparison.Ordinal);
        Assert.Contains("Đài truyền thanh phường Sa Đéc", interrupted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_an_alert_from_the_cli_stops_it_and_its_status_then_exits_4_with_the_devices_cancelled()
    {
        await using var silo = await SiloHost.StartAsync("cli_cancel");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { PlaybackSpeed = 1 });
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);
        var id = CliOutput.Id(CliOutput.Document(await cli.RunAsync(["alert", "send", "--template", "evacuation", "--area", "29308", "--status", "exercise", "--repeat", "5", "--interval", "10m"])));

        var cancelled = CliOutput.Document(await cli.RunAsync(["alert", "cancel", id]));
        Assert.Equal("cancelled", CliOutput.Phase(cancelled));

        await TaskTimeouts.Eventually(
            async () =>
            {
                var status = await cli.RunAsync(["alert", "status", id]);
                return status.ExitCode == 4 && CliOutput.Count(System.Text.Json.JsonDocument.Parse(status.Out).RootElement, "cancelled") == 3;
            },
            "all three Mỹ Hiệp devices are shown cancelled and status exits 4");
        var again = await cli.RunAsync(["alert", "cancel", id]);
        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Contains("HTTP 409", again.Error, StringComparison.Ordinal);
        var unknown = await cli.RunAsync(["alert", "status", "CR-khong-co"]);
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("HTTP 404", unknown.Error, StringComparison.Ordinal);
    }
}
