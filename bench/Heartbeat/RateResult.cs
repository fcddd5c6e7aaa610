namespace CommuneRadio.Bench.Heartbeat;

/// <summary>What <see cref="RateWatch"/> saw: peak msgs/s over one interval, time to the target, and how many came.</summary>
internal sealed record RateResult(double PeakPerSecond, TimeSpan Elapsed, long Counted)
{
    public double AveragePerSecond => Counted / Elapsed.TotalSeconds;
}
