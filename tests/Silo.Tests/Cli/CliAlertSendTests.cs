using CommuneRadio.Silo.Tests.Alerts;
using CommuneRadio.Silo.Tests.Hosting;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Cli;

public sealed class CliAlertSendTests
{
    [Fact]
    public async Task Sending_a_storm_warning_from_a_template_exits_0_and_prints_the_alert_id_and_the_devices_it_targets()
    {
        await using var silo = await SiloHost.StartAsync("cli_send");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);

        var sent = CliOutput.Document(await cli.RunAsync(["alert", "send", "--template", "storm", "--area", "29308", "--status", "exercise", "--repeat", "1"]));
        var id = CliOutput.Id(sent);
        Assert.Equal(("active", 3), (CliOutput.Phase(sent), CliOutput.Confirmed(sent).Devices));
        Assert.Equal("exercise", sent.GetProperty("alert").GetProperty("message").GetProperty("status").GetString());
        var listed = await silo.Http.GetStringAsync("/api/alerts");
        Assert.Contains(id, listed, StringComparison.Ordinal);

        cli.Terminal = true;
        var human = await cli.RunAsync(["alert", "send", "--template", "lũ", "--area", "29224", "--status", "exercise", "--interval", "30s", "--valid-for", "2h", "--volume", "80"]);
        Assert.True(human.ExitCode == 0, human.ToString());
        Assert.Matches(@"Alert CR-\S+: Lũ \(exercise\), phase active", human.Out);
        Assert.Contains("Targets 3 device(s) at 1 station(s) in 29224", human.Out, StringComparison.Ordinal);
        Assert.Contains("communeradio alert status CR-", human.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_options_of_a_template_alert_reach_the_alert_as_sent()
    {
        await using var silo = await SiloHost.StartAsync("cli_send_options");
        await SimulatedDevices.ImportAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);

        var sent = CliOutput.Document(await cli.RunAsync([
            "alert", "send", "-t", "flood", "-a", "29308", "-a", "29224", "--status", "test", "--text", "Nước sông Tiền dâng cao, bà con chú ý.",
            "--repeat", "2", "--interval", "2m", "--valid-for", "90m", "--volume", "80"]));

        var message = sent.GetProperty("alert").GetProperty("message");
        Assert.Equal("Nước sông Tiền dâng cao, bà con chú ý.", message.GetProperty("text").GetString());
        Assert.Equal(["29308", "29224"], message.GetProperty("areaCodes").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal((2, 120, 80), (message.GetProperty("repeat").GetInt32(), message.GetProperty("repeatIntervalS").GetInt32(), message.GetProperty("volume").GetInt32()));
        Assert.Equal(TimeSpan.FromMinutes(90), message.GetProperty("expires").GetDateTimeOffset() - message.GetProperty("sent").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_unknown_area_code_is_refused_with_exit_2_and_the_problem_names_areaCodes()
    {
        await using var silo = await SiloHost.StartAsync("cli_send_bad_area");
        await SimulatedDevices.ImportAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);

        var refused = await cli.RunAsync(["alert", "send", "--template", "storm", "--area", "29308", "--area", "99999", "--status", "exercise"]);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("HTTP 400", refused.Error, StringComparison.Ordinal);
        Assert.Contains("areaCodes[1]: no area has the code '99999'", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Out);
        Assert.Equal("[]", (await silo.Http.GetStringAsync("/api/alerts")).Trim());
    }

    [Fact]
    public async Task A_cap_file_is_sent_as_it_is_and_a_cap_document_of_the_wrong_version_is_refused_with_exit_2()
    {
        await using var silo = await SiloHost.StartAsync("cli_send_cap");
        await SimulatedDevices.ImportAsync(silo);
        using var cli = CliRunner.For(silo);
        await cli.LoginAsync(silo);
        var storm = Path.Combine(cli.ConfigDirectory, "bao-so-15.xml");
        await File.WriteAllTextAsync(storm, CapSamples.Load("storm-warning.xml", DateTimeOffset.UtcNow));
        var wrong = Path.Combine(cli.ConfigDirectory, "cap-1.1.xml");
        await File.WriteAllTextAsync(wrong, CapSamples.Load("invalid-wrong-namespace.xml", DateTimeOffset.UtcNow));

        var capResult = await cli.RunAsync(["alert", "send", "--cap", storm]);
        Assert.Contains("\"event\": \"Bão số 15\"", capResult.Out, StringComparison.Ordinal); // Vietnamese printed as it is, not \u-escaped
        var sent = CliOutput.Document(capResult);
        Assert.Equal("DT-2025-BAO15-001", CliOutput.Id(sent));
        Assert.Equal("Bão số 15", sent.GetProperty("alert").GetProperty("message").GetProperty("event").GetString());
        Assert.Equal(6, CliOutput.Confirmed(sent).Devices);

        var refused = await cli.RunAsync(["alert", "send", "--cap", wrong]);
        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("alert: ", refused.Error, StringComparison.Ordinal);
        Assert.Contains("CAP 1.2", refused.Error, StringComparison.Ordinal);

        var missing = await cli.RunAsync(["alert", "send", "--cap", Path.Combine(cli.ConfigDirectory, "khong-co.xml")]);
        Assert.True(missing.ExitCode == 1, missing.ToString());
    }

    [Fact]
    public async Task A_province_wide_actual_alert_waits_for_a_second_operator_and_its_issuer_cannot_confirm_it()
    {
        await using var silo = await SiloHost.StartAsync("cli_confirm");
        await SimulatedDevices.ImportAsync(silo);
        using var issuer = CliRunner.For(silo);
        await issuer.LoginAsync(silo);
        issuer.Terminal = true;

        var sent = await issuer.RunAsync(["alert", "send", "--template", "evacuation", "--area", Province]);
        Assert.True(sent.ExitCode == 0, sent.ToString());
        Assert.Contains("phase awaitingConfirmation", sent.Out, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(sent.Out, @"communeradio alert confirm (\S+)").Groups[1].Value;
        Assert.StartsWith("CR-", id, StringComparison.Ordinal);

        var self = await issuer.RunAsync(["alert", "confirm", id]);
        Assert.True(self.ExitCode == 2, self.ToString());
        Assert.Contains("HTTP 403: A second operator must confirm", self.Error, StringComparison.Ordinal);

        (await OperatorAsync(silo, "truc.ban.2", Role("ProvinceAdmin", Province, canIssueAlerts: true))).Dispose();
        using var second = CliRunner.For(silo);
        var login = await second.RunAsync(["login", "--api", CliRunner.Api.ToString(), "--username", "truc.ban.2", "--password-stdin"], stdin: Password);
        Assert.True(login.ExitCode == 0, login.ToString());
        var confirmed = CliOutput.Document(await second.RunAsync(["alert", "confirm", id]));
        Assert.Equal("active", CliOutput.Phase(confirmed));
        Assert.Equal("truc.ban.2", confirmed.GetProperty("alert").GetProperty("confirmedBy").GetString());
    }
}
