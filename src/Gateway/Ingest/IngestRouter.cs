using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Metrics;
using System.Buffers;
using MQTTnet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Ingest;

/// <summary>
/// The ingest connections' message handler: parses the topic, reads the payload strictly (size,
/// UTF-8, JSON, value ranges), counts and logs what it drops — with station and device ids — and
/// queues the rest on the station's partition. Never throws for bad input.
/// </summary>
public sealed partial class IngestRouter
{
    private readonly TopicLayout _layout;
    private readonly GatewayMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<IngestRouter> _logger;
    private readonly LogThrottle _throttle;
    private readonly IngestPartition[] _partitions;

    public IngestRouter(IOptions<GatewayOptions> options, IStationGrains stations, GatewayMetrics metrics, TimeProvider time, ILogger<IngestRouter> logger)
    {
        _layout = new TopicLayout(options.Value.TopicRoot);
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _throttle = new LogThrottle(20, TimeSpan.FromSeconds(10), time);
        _partitions = Enumerable.Range(0, options.Value.Partitions)
            .Select(_ => new IngestPartition(options.Value.PartitionCapacity, stations.Grain, metrics, time, logger, _throttle))
            .ToArray();
    }

    public TopicLayout Layout => _layout;

    /// <summary>Runs every partition's worker until <see cref="Complete"/>.</summary>
    public Task[] StartWorkers() => _partitions.Select(p => Task.Run(p.RunAsync)).ToArray();

    /// <summary>Stops taking messages; the workers finish what is queued.</summary>
    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Complete();
        }
    }

    /// <summary>The ingest links' message handler (messages have passed the link's MQTT guard).</summary>
    public ValueTask HandleAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var readAt = _time.GetTimestamp();
        if (!_layout.TryParse(message.Topic, out var topic))
        {
            Drop("topic", message.Topic, "", "", "not a device topic of protocol v1");
            return ValueTask.CompletedTask;
        }

        _metrics.Received(topic.Kind);
        var payload = message.Payload.IsSingleSegment ? message.Payload.FirstSpan : message.Payload.ToArray();
        var receivedAt = _time.GetUtcNow();
        IngestItem item;
        var problem = "";
        switch (topic.Kind)
        {
            case DeviceTopicKind.Heartbeat when DeviceMessages.TryReadHeartbeat(payload, out var heartbeat, out problem):
                item = new IngestItem(topic, receivedAt, readAt, message.Retain, Heartbeat: heartbeat);
                break;
            case DeviceTopicKind.Status when DeviceMessages.TryReadStatus(payload, out var status, out problem):
                item = new IngestItem(topic, receivedAt, readAt, message.Retain, Status: status);
                break;
            case DeviceTopicKind.Ack when DeviceMessages.TryReadAck(payload, out var ack, out problem):
                item = new IngestItem(topic, receivedAt, readAt, message.Retain, Ack: ack);
                break;
            default:
                Drop(payload.Length > ProtocolLimits.MaxDevicePayloadBytes ? "size" : "payload", message.Topic, topic.StationId, topic.DeviceId, problem);
                return ValueTask.CompletedTask;
        }

        var partition = _partitions[(int)((uint)StableHash(topic.StationId) % (uint)_partitions.Length)];
        return partition.EnqueueAsync(item, cancellationToken);
    }

    private void Drop(string reason, string topic, string stationId, string deviceId, string problem)
    {
        _metrics.Malformed(reason);
        if (_throttle.TryTake(out var held))
        {
            LogMalformed(_logger, stationId, deviceId, topic, problem, held);
        }
    }

    // string.GetHashCode is randomised per process; a stable hash keeps the mapping reproducible.
    private static int StableHash(string value)
    {
        var hash = unchecked((int)2166136261);
        foreach (var c in value)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash;
    }

    [LoggerMessage(10, LogLevel.Warning, "Malformed message from station {StationId} device {DeviceId} on {Topic} dropped: {Problem} ({Suppressed} similar lines held back before this one)")]
    private static partial void LogMalformed(ILogger logger, string stationId, string deviceId, string topic, string problem, long suppressed);
}
