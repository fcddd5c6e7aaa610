using System.Diagnostics;

namespace CommuneRadio.Bench.GrainCalls;

/// <summary>Drives calls from many concurrent callers, or one caller timing each call.</summary>
internal static class CallLoad
{
    /// <summary>Calls per second with <paramref name="callers"/> callers picking targets at random for <paramref name="duration"/>.</summary>
    public static async Task<double> ThroughputAsync(int targets, Func<int, Task<int>> call, int callers, TimeSpan duration)
    {
        var stop = false;
        var counts = new long[callers];
        var started = Stopwatch.GetTimestamp();
        var tasks = Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var random = new Random(caller);
            long count = 0;
            while (!Volatile.Read(ref stop))
            {
                for (var i = 0; i < 256; i++)
                {
                    await call(random.Next(targets)).ConfigureAwait(false);
                }

                count += 256;
            }

            counts[caller] = count;
        })).ToList();
        await Task.Delay(duration).ConfigureAwait(false);
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    /// <summary>Latency of each of <paramref name="calls"/> calls made one after another, in microseconds (p50, p99).</summary>
    public static async Task<(double P50, double P99)> LatencyAsync(Func<Task<int>> call, int calls)
    {
        var samples = new long[calls];
        for (var i = 0; i < calls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call().ConfigureAwait(false);
            samples[i] = Stopwatch.GetTimestamp() - start;
        }

        Array.Sort(samples);
        double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
        return (Micros(samples[calls / 2]), Micros(samples[(int)(calls * 0.99)]));
    }
}
