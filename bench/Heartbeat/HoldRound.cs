namespace CommuneRadio.Bench.Heartbeat;

/// <summary>One round of the hold: heartbeats made visible, how long it took, and the Silo CPU seconds it used.</summary>
internal sealed record HoldRound(long Counted, TimeSpan Elapsed, double CpuSeconds)
{
    public double AveragePerSecond => Counted / Elapsed.TotalSeconds;
}
