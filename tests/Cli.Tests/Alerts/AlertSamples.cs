using CommuneRadio.Cli.Alerts;

namespace CommuneRadio.Cli.Tests.Alerts;

/// <summary>Progress views as the Silo would answer them, for tests of what the CLI makes of them.</summary>
internal static class AlertSamples
{
    public static AlertProgressView Progress(
        string phase, int devices, int confirmed, IReadOnlyList<UnconfirmedStationView>? unconfirmed = null, IReadOnlyList<CommuneProgressView>? communes = null) => new(
        new AlertView("CR-20251122-080000-abc123", phase, "CR-20251122-080000-abc123:1",
            new AlertMessageView("Bão số 15", "Cảnh báo bão số 15", "exercise", ["29308"], DateTimeOffset.Parse("2025-11-22T14:00:00+07:00", System.Globalization.CultureInfo.InvariantCulture)),
            "admin", null, []),
        devices,
        confirmed,
        devices == 0 ? 0 : Math.Round(100.0 * confirmed / devices, 1),
        new Dictionary<string, int> { ["queued"] = devices - confirmed, ["sent"] = 0, ["playing"] = confirmed },
        communes ?? [new CommuneProgressView("29308", devices, confirmed)],
        unconfirmed ?? []);
}
