using System.Diagnostics;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// Samples a growing message count every <see cref="Interval"/> until it has grown by a target:
/// the peak rate over one interval, and the time from the start until the target was reached.
/// </summary>
internal static class RateWatch
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>Watches <paramref name="count"/> grow from <paramref name="first"/> (read before the messages were sent) by <paramref name="target"/>.</summary>
    public static async Task<RateResult> WatchAsync(Func<Task<long>> count, long first, long target, long started, TimeSpan limit, string what, CancellationToken cancellationToken)
    {
        var (lastCount, lastAt) = (first, started);
        var peak = 0.0;
        var nextReport = TimeSpan.FromSeconds(5);
        while (true)
        {
            await Task.Delay(Interval, cancellationToken);
            var now = await count();
            var at = Stopwatch.GetTimestamp();
            peak = Math.Max(peak, (now - lastCount) / Stopwatch.GetElapsedTime(lastAt, at).TotalSeconds);
            (lastCount, lastAt) = (now, at);
            var elapsed = Stopwatch.GetElapsedTime(started, at);
            if (now - first >= target)
            {
                return new RateResult(peak, elapsed, now - first);
            }

            if (elapsed > limit)
            {
                HeartbeatBenchmark.Progress($"{what}: only {now - first:N0} of {target:N0} within {limit.TotalSeconds:0} s");
                return new RateResult(peak, elapsed, now - first);
            }

            if (elapsed > nextReport)
            {
                HeartbeatBenchmark.Progress($"{what}: {now - first:N0} of {target:N0}");
                nextReport += TimeSpan.FromSeconds(5);
            }
        }
    }
}
