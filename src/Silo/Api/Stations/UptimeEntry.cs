using CommuneRadio.Grains.Events;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>Seconds in each state, and the share of known time in the good state (online / up).</summary>
public sealed record UptimeEntry(string Id, IReadOnlyDictionary<string, double> Seconds, double UnknownSeconds, double? Availability)
{
    public static UptimeEntry From(string id, UptimeTotals totals, string goodState) => new(
        id,
        totals.ByState.ToDictionary(p => p.Key, p => Math.Round(p.Value.TotalSeconds)),
        Math.Round(totals.Unknown.TotalSeconds),
        totals.Share(goodState) is { } share ? Math.Round(share, 4) : null);
}
