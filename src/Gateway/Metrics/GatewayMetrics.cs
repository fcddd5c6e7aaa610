using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Gateway.Metrics;

/// <summary>
/// Counts what passes through the gateway: messages in by kind, malformed ones by reason, refusals
/// by outcome, commands out, and ingest latency (message read → grain done). Published as
/// System.Diagnostics.Metrics instruments (meter <c>CommuneRadio.Gateway</c>) and as a snapshot.
/// Thread-safe.
/// </summary>
public sealed class GatewayMetrics : IDisposable
{
    public const string MeterName = "CommuneRadio.Gateway";

    private readonly Meter _meter = new(MeterName);
    private readonly ConcurrentDictionary<string, long[]> _received = new();
    private readonly ConcurrentDictionary<string, long[]> _malformed = new();
    private readonly ConcurrentDictionary<string, long[]> _rejected = new();
    private long _accepted;
    private long _duplicates;
    private long _failed;
    private long _commandsSent;
    private long _commandsFailed;
    private long _queued;
    private Func<bool> _connected = static () => false;

    public GatewayMetrics()
    {
        _meter.CreateObservableCounter("gateway.messages.received", () => Measure(_received, "kind"), description: "Device messages read from the broker");
        _meter.CreateObservableCounter("gateway.messages.malformed", () => Measure(_malformed, "reason"), description: "Device messages dropped as malformed");
        _meter.CreateObservableCounter("gateway.messages.rejected", () => Measure(_rejected, "outcome"), description: "Device messages for unknown stations or devices");
        _meter.CreateObservableCounter("gateway.commands.sent", () => Interlocked.Read(ref _commandsSent));
        _meter.CreateObservableUpDownCounter("gateway.queue.length", () => Interlocked.Read(ref _queued));
        IngestLatency = new LatencyHistogram();
    }

    public LatencyHistogram IngestLatency { get; }

    /// <summary>
    /// Heartbeat age when its station grain has taken it: the device's <c>sentAt</c> to the end of
    /// the grain call, on the device's clock — end-to-end latency where clocks agree (bench/run heartbeat).
    /// </summary>
    public LatencyHistogram HeartbeatAge { get; } = new();

    /// <summary>Whether the gateway holds all its broker connections right now (false before start and after stop).</summary>
    public bool Connected => Volatile.Read(ref _connected)();

    /// <summary>
    /// The gateway service hands over how to tell, once it connected: the connections reconnect by
    /// themselves after a broker restart, so a flag set once would go stale.
    /// </summary>
    public void TrackConnections(Func<bool> connected) => Volatile.Write(ref _connected, connected ?? throw new ArgumentNullException(nameof(connected)));

    public void Received(DeviceTopicKind kind) => Increment(_received, kind.ToString().ToLowerInvariant());

    public void Malformed(string reason) => Increment(_malformed, reason);

    public void Queued() => Interlocked.Increment(ref _queued);

    public void Handled(IngestOutcome outcome, TimeSpan latency)
    {
        Interlocked.Decrement(ref _queued);
        IngestLatency.Record(latency);
        switch (outcome)
        {
            case IngestOutcome.Accepted:
                Interlocked.Increment(ref _accepted);
                break;
            case IngestOutcome.Duplicate:
                Interlocked.Increment(ref _duplicates);
                break;
            default:
                Increment(_rejected, outcome == IngestOutcome.UnknownStation ? "unknownStation" : "unknownDevice");
                break;
        }
    }

    /// <summary>A heartbeat its grain accepted, <paramref name="age"/> after the device stamped it; negative ages (clock skew) count as zero.</summary>
    public void HeartbeatVisible(TimeSpan age) => HeartbeatAge.Record(age < TimeSpan.Zero ? TimeSpan.Zero : age);

    public void Failed()
    {
        Interlocked.Decrement(ref _queued);
        Interlocked.Increment(ref _failed);
    }

    public void CommandSent() => Interlocked.Increment(ref _commandsSent);

    public void CommandFailed() => Interlocked.Increment(ref _commandsFailed);

    public GatewaySnapshot Snapshot() => new(
        Connected,
        Read(_received),
        Interlocked.Read(ref _accepted),
        Interlocked.Read(ref _duplicates),
        Read(_malformed),
        Read(_rejected),
        Interlocked.Read(ref _failed),
        Interlocked.Read(ref _commandsSent),
        Interlocked.Read(ref _commandsFailed),
        Interlocked.Read(ref _queued),
        Math.Round(IngestLatency.PercentileMs(0.5), 3),
        Math.Round(IngestLatency.PercentileMs(0.99), 3),
        Math.Round(HeartbeatAge.PercentileMs(0.5), 3),
        Math.Round(HeartbeatAge.PercentileMs(0.99), 3),
        HeartbeatAge.NonEmptyBuckets());

    public void Dispose() => _meter.Dispose();

    private static void Increment(ConcurrentDictionary<string, long[]> counters, string key) =>
        Interlocked.Increment(ref counters.GetOrAdd(key, _ => new long[1])[0]);

    private static Dictionary<string, long> Read(ConcurrentDictionary<string, long[]> counters) =>
        counters.ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value[0]));

    private static IEnumerable<Measurement<long>> Measure(ConcurrentDictionary<string, long[]> counters, string tag) =>
        counters.Select(p => new Measurement<long>(Interlocked.Read(ref p.Value[0]), new KeyValuePair<string, object?>(tag, p.Key)));
}
