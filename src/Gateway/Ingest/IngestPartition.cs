using System.Collections.Concurrent;
using System.Threading.Channels;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.Grains.Stations;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Gateway.Ingest;

/// <summary>
/// A bounded queue and the worker that delivers its messages to station grains. A station's
/// messages always land in the same partition and reach its grain in the order they were read,
/// each after the one before it; different stations' messages go in parallel, so a station waiting
/// on its storage (an alert's acks, each stored before the grain moves on) does not hold up the
/// others. At most the queue's capacity is in flight; a full queue makes the MQTT reader wait
/// (back-pressure instead of memory growth).
/// </summary>
internal sealed partial class IngestPartition
{
    private readonly Channel<IngestItem> _queue;
    private readonly Func<string, IStationGrain> _grainOf;
    private readonly GatewayMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LogThrottle _throttle;
    private const int PruneAbove = 1024;

    private readonly SemaphoreSlim _inFlight;
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IStationGrain> _stations = new(StringComparer.Ordinal);

    public IngestPartition(int capacity, Func<string, IStationGrain> grainOf, GatewayMetrics metrics, TimeProvider time, ILogger logger, LogThrottle throttle)
    {
        _queue = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _inFlight = new SemaphoreSlim(capacity, capacity);
        _grainOf = grainOf;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _throttle = throttle;
    }

    public ValueTask EnqueueAsync(IngestItem item, CancellationToken cancellationToken)
    {
        _metrics.Queued();
        return _queue.Writer.TryWrite(item) ? ValueTask.CompletedTask : _queue.Writer.WriteAsync(item, cancellationToken);
    }

    /// <summary>No more messages; <see cref="RunAsync"/> ends once the queue is empty.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    public async Task RunAsync()
    {
        // Only this loop touches _tails: each station's last delivery, which its next one waits for.
        await foreach (var item in _queue.Reader.ReadAllAsync())
        {
            await _inFlight.WaitAsync();
            var station = item.Topic.StationId;
            var before = _tails.TryGetValue(station, out var tail) ? tail : Task.CompletedTask;
            _tails[station] = DeliverAfterAsync(before, item);
            if (_tails.Count > PruneAbove)
            {
                foreach (var done in _tails.Where(t => t.Value.IsCompleted).Select(t => t.Key).ToList())
                {
                    _tails.Remove(done);
                }
            }
        }

        await Task.WhenAll(_tails.Values);
    }

    private async Task DeliverAfterAsync(Task before, IngestItem item)
    {
        try
        {
            await before; // never faults: HandleAsync catches everything
            await HandleAsync(item);
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private async Task HandleAsync(IngestItem item)
    {
        try
        {
            var outcome = await DeliverAsync(item);
            _metrics.Handled(outcome, _time.GetElapsedTime(item.ReadAt));
            if (outcome == IngestOutcome.Accepted && item.Heartbeat?.SentAt is { } sentAt)
            {
                _metrics.HeartbeatVisible(_time.GetUtcNow() - sentAt);
            }

            if (outcome is IngestOutcome.UnknownDevice or IngestOutcome.UnknownStation && _throttle.TryTake(out var held))
            {
                LogRejected(_logger, item.Topic.StationId, item.Topic.DeviceId, item.Topic.Kind, outcome, held);
            }
        }
        catch (Exception e)
        {
            _metrics.Failed();
            LogFailed(_logger, e, item.Topic.StationId, item.Topic.DeviceId, item.Topic.Kind);
        }
    }

    private Task<IngestOutcome> DeliverAsync(IngestItem item)
    {
        var (kind, stationId, deviceId) = item.Topic;
        var station = _stations.GetOrAdd(stationId, _grainOf);

        return kind switch
        {
            DeviceTopicKind.Heartbeat => station.HeartbeatAsync(GrainMessages.Heartbeat(deviceId, item.ReceivedAt, item.Heartbeat!)),
            DeviceTopicKind.Status => station.DeviceStatusAsync(GrainMessages.Status(deviceId, item.ReceivedAt, item.Status!.Value, item.Retained)),
            _ => station.AckAsync(GrainMessages.Ack(deviceId, item.ReceivedAt, item.Ack!)),
        };
    }

    [LoggerMessage(20, LogLevel.Warning, "Dropped {Kind} from station {StationId} device {DeviceId}: {Outcome} ({Suppressed} similar lines held back before this one)")]
    private static partial void LogRejected(ILogger logger, string stationId, string deviceId, DeviceTopicKind kind, IngestOutcome outcome, long suppressed);

    [LoggerMessage(21, LogLevel.Error, "Station grain {StationId} failed on {Kind} from device {DeviceId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string stationId, string deviceId, DeviceTopicKind kind);
}
