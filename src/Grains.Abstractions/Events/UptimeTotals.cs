namespace CommuneRadio.Grains.Events;

/// <summary>
/// Time spent in each state within a window. For a device the states are "online" and "offline";
/// for a station "up", "degraded" and "down". <see cref="Unknown"/> is time before anything was
/// ever recorded.
/// </summary>
public sealed record UptimeTotals(IReadOnlyDictionary<string, TimeSpan> ByState, TimeSpan Unknown)
{
    public TimeSpan In(string state) => ByState.GetValueOrDefault(state);

    /// <summary>Share of the known time spent in <paramref name="state"/>, 0–1; null when nothing is known.</summary>
    public double? Share(string state)
    {
        var known = ByState.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        return known == TimeSpan.Zero ? null : In(state) / known;
    }
}
