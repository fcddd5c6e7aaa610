using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;

namespace CommuneRadio.Silo.Tests.Cli;

public sealed class CliConnectionTests
{
    [Fact]
    public async Task Login_stores_a_token_only_its_owner_can_read_and_logout_revokes_it_at_the_silo()
    {
        await using var silo = await SiloHost.StartAsync("cli_login");
        using var cli = CliRunner.For(silo);

        await cli.LoginAsync(silo);

        var stored = JsonDocument.Parse(await File.ReadAllTextAsync(cli.CredentialsPath)).RootElement;
        Assert.Equal(CliRunner.Api.ToString(), stored.GetProperty("api").GetString());
        Assert.Equal(silo.AdminUsername, stored.GetProperty("username").GetString());
        var token = stored.GetProperty("token").GetString()!;
        Assert.DoesNotContain(silo.AdminPassword, await File.ReadAllTextAsync(cli.CredentialsPath), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cli.CredentialsPath));
        }

        Assert.Equal(0, (await cli.RunAsync(["stations", "list"])).ExitCode);

        var logout = await cli.RunAsync(["logout"]);
        Assert.True(logout.ExitCode == 0, logout.ToString());
        Assert.False(File.Exists(cli.CredentialsPath));
        var afterLogout = await cli.RunAsync(["stations", "list", "--api", CliRunner.Api.ToString()]);
        Assert.True(afterLogout.ExitCode == 3, afterLogout.ToString());

        cli.Environment["COMMUNERADIO_TOKEN"] = token;
        var revoked = await cli.RunAsync(["stations", "list", "--api", CliRunner.Api.ToString()]);
        Assert.True(revoked.ExitCode == 3, revoked.ToString());
        Assert.Contains("HTTP 401", revoked.Error, StringComparison.Ordinal);
        Assert.Contains("revoked", revoked.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_exits_3_and_stores_nothing()
    {
        await using var silo = await SiloHost.StartAsync("cli_login_wrong");
        using var cli = CliRunner.For(silo);

        var login = await cli.RunAsync(["login", "--api", CliRunner.Api.ToString(), "--username", silo.AdminUsername, "--password-stdin"], stdin: "sai-mat-khau\n");

        Assert.True(login.ExitCode == 3, login.ToString());
        Assert.Contains("Wrong username or password", login.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.CredentialsPath));
    }

    [Fact]
    public async Task The_environment_token_and_address_are_used_without_a_login()
    {
        await using var silo = await SiloHost.StartAsync("cli_env");
        await SimulatedDevices.ImportAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);
        var token = JsonDocument.Parse(await File.ReadAllTextAsync(cli.CredentialsPath)).RootElement.GetProperty("token").GetString();
        using var script = CliRunner.For(silo);
        script.Environment["COMMUNERADIO_API"] = CliRunner.Api.ToString();
        script.Environment["COMMUNERADIO_TOKEN"] = token;

        var listed = await script.RunAsync(["stations", "list"]);

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.Equal(2, JsonDocument.Parse(listed.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Without_a_silo_listening_every_command_exits_3_saying_it_cannot_reach_it()
    {
        var api = $"http://127.0.0.1:{ClosedPort()}/";
        using var cli = new CliRunner(address => new HttpClient { BaseAddress = address });
        cli.Environment["COMMUNERADIO_TOKEN"] = "khong-co-silo";

        foreach (var args in new[] { ["stations", "list"], ["alert", "list"], ["alert", "status", "CR-1"], ["alert", "status", "CR-1", "--follow"], new[] { "alert", "send", "-t", "storm", "-a", "29308" } })
        {
            var result = await cli.RunAsync([.. args, "--api", api]);
            Assert.True(result.ExitCode == 3, $"{string.Join(' ', args)}: {result}");
            Assert.Contains($"cannot reach the Silo at {api}", result.Error, StringComparison.Ordinal);
        }

        var login = await cli.RunAsync(["login", "--api", api, "--username", "admin", "--password-stdin"], stdin: "x\n");
        Assert.True(login.ExitCode == 3, login.ToString());
        var nobody = await cli.RunAsync(["alert", "list"]);
        Assert.True(nobody.ExitCode == 3, nobody.ToString());
        Assert.Contains("not logged in", nobody.Error, StringComparison.Ordinal);

        await File.WriteAllTextAsync(cli.CredentialsPath, JsonSerializer.Serialize(
            new { api, username = "admin", token = "khong-co-silo", tokenId = "tok-1", expiresAt = DateTimeOffset.UtcNow.AddDays(30) }));
        var logout = await cli.RunAsync(["logout"]);
        Assert.True(logout.ExitCode == 3, logout.ToString());
        Assert.Contains("stays valid at the Silo", logout.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.CredentialsPath));
    }

    /// <summary>A loopback port nothing listens on: bound by the OS, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
