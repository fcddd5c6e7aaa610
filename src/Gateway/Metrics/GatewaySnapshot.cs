namespace CommuneRadio.Gateway.Metrics;

/// <summary>The gateway's counters at one moment (<c>GET /api/gateway</c>).</summary>
public sealed record GatewaySnapshot(
    bool Connected,
    IReadOnlyDictionary<string, long> Received,
    long Accepted,
    long Duplicates,
    IReadOnlyDictionary<string, long> Malformed,
    IReadOnlyDictionary<string, long> Rejected,
    long Failed,
    long CommandsSent,
    long CommandsFailed,
    long Queued,
    double IngestP50Ms,
    double IngestP99Ms,
    double HeartbeatAgeP50Ms,
    double HeartbeatAgeP99Ms,
    IReadOnlyList<LatencyBucket> HeartbeatAgeHistogram);
