namespace CommuneRadio.Gateway.Metrics;

/// <summary>
/// Lock-free latency histogram with logarithmic buckets (about 9% wide) from 10 µs to 100 s:
/// enough to read p50/p99 from, at one interlocked increment per sample.
/// </summary>
public sealed class LatencyHistogram
{
    private const double SmallestMs = 0.01;
    private const double Growth = 1.09;
    private static readonly int BucketCount = (int)Math.Ceiling(Math.Log(100_000 / SmallestMs) / Math.Log(Growth)) + 2;

    private readonly long[] _buckets = new long[BucketCount];
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Record(TimeSpan latency)
    {
        var ms = latency.TotalMilliseconds;
        var index = ms <= SmallestMs ? 0 : Math.Min(BucketCount - 1, 1 + (int)(Math.Log(ms / SmallestMs) / Math.Log(Growth)));
        Interlocked.Increment(ref _buckets[index]);
        Interlocked.Increment(ref _count);
    }

    /// <summary>The latency below which <paramref name="fraction"/> of samples fall, in milliseconds (upper bucket bound); 0 with no samples.</summary>
    public double PercentileMs(double fraction)
    {
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var target = (long)Math.Ceiling(total * fraction);
        long seen = 0;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += Interlocked.Read(ref _buckets[i]);
            if (seen >= target)
            {
                return i == 0 ? SmallestMs : SmallestMs * Math.Pow(Growth, i);
            }
        }

        return SmallestMs * Math.Pow(Growth, BucketCount - 1);
    }

    /// <summary>The buckets holding samples, smallest first: two snapshots' difference gives the percentiles of the time between them.</summary>
    public IReadOnlyList<LatencyBucket> NonEmptyBuckets()
    {
        var buckets = new List<LatencyBucket>();
        for (var i = 0; i < BucketCount; i++)
        {
            var count = Interlocked.Read(ref _buckets[i]);
            if (count > 0)
            {
                buckets.Add(new LatencyBucket(Math.Round(i == 0 ? SmallestMs : SmallestMs * Math.Pow(Growth, i), 4), count));
            }
        }

        return buckets;
    }
}
