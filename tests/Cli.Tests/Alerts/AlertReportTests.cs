using CommuneRadio.Cli.Alerts;
using CommuneRadio.Cli.Output;
using Spectre.Console;

namespace CommuneRadio.Cli.Tests.Alerts;

public sealed class AlertReportTests
{
    [Fact]
    public void The_counts_line_gives_the_share_confirmed_then_every_state_that_has_devices()
    {
        Assert.Equal("confirmed 2/3 (66.7%) · queued 1 · playing 2", AlertReport.Counts(AlertSamples.Progress("active", 3, 2)));
        Assert.Equal("confirmed 0/0 (0%)", AlertReport.Counts(AlertSamples.Progress("awaitingConfirmation", 0, 0)));
    }

    [Fact]
    public void The_stations_not_confirmed_are_listed_by_Vietnamese_name_with_each_device_state_and_reason()
    {
        var progress = AlertSamples.Progress("expired", 6, 3,
        [
            new UnconfirmedStationView("s-29308", "Đài truyền thanh xã Mỹ Hiệp [ấp 3]", "29308", [new UnconfirmedDeviceView("d-03", "expired", "offline until expiry")], 0),
            new UnconfirmedStationView("s-29224", "Đài truyền thanh phường Sa Đéc", "29224", [new UnconfirmedDeviceView("d-01", "failed", null)], 1),
        ]);
        var (console, output) = PlainConsole();

        AlertReport.WriteSummary(console, progress);

        var text = output.ToString();
        Assert.Contains("CR-20251122-080000-abc123 · Bão số 15 · exercise · expired", text, StringComparison.Ordinal);
        Assert.Contains("Đài truyền thanh xã Mỹ Hiệp [ấp 3]", text, StringComparison.Ordinal); // brackets are text, not markup
        Assert.Contains("d-03 expired (offline until expiry)", text, StringComparison.Ordinal);
        Assert.Contains("d-01 failed, 1 not reached", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Commune", text, StringComparison.Ordinal); // one commune: its line would repeat the counts
    }

    [Fact]
    public void An_alert_to_several_communes_shows_how_many_confirmed_in_each()
    {
        var progress = AlertSamples.Progress("active", 6, 4, communes: [new CommuneProgressView("29224", 3, 1), new CommuneProgressView("29308", 3, 3)]);
        var (console, output) = PlainConsole();

        AlertReport.WriteSummary(console, progress);

        var rows = output.ToString().Split('\n').Select(l => string.Join(' ', l.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("29224 1 3", rows);
        Assert.Contains("29308 3 3", rows);
    }

    private static (IAnsiConsole Console, StringWriter Output) PlainConsole()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        console.Profile.Width = 200;
        return (console, output);
    }
}
