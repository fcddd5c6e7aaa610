using System.Text.Json;

namespace CommuneRadio.Bench.Common;

/// <summary>The part of <c>GET /api/gateway</c> the benchmark reads.</summary>
internal sealed record GatewayCounters(long Accepted, long Duplicates, long Queued, IReadOnlyList<AgeBucket> HeartbeatAgeHistogram)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Percentile (0–1) of the heartbeat ages recorded after <paramref name="earlier"/>, in ms (bucket upper bound, ~9 % wide); 0 with none.</summary>
    public double AgePercentileSince(GatewayCounters earlier, double fraction)
    {
        var before = earlier.HeartbeatAgeHistogram.ToDictionary(b => b.UpperMs, b => b.Count);
        var window = HeartbeatAgeHistogram.Select(b => (b.UpperMs, Count: b.Count - before.GetValueOrDefault(b.UpperMs))).Where(b => b.Count > 0).ToList();
        var total = window.Sum(b => b.Count);
        var target = (long)Math.Ceiling(total * fraction);
        long seen = 0;
        foreach (var (upper, count) in window)
        {
            seen += count;
            if (seen >= target)
            {
                return upper;
            }
        }

        return 0;
    }

    public long AgeSamplesSince(GatewayCounters earlier) => HeartbeatAgeHistogram.Sum(b => b.Count) - earlier.HeartbeatAgeHistogram.Sum(b => b.Count);
}
