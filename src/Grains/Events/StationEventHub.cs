using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CommuneRadio.Grains.Events;

/// <summary>
/// In-process fan-out of status changes to console subscribers (server-sent events). Each
/// subscriber has its own bounded queue; when it is full the oldest event is dropped and counted,
/// and the count rides on the next event the subscriber reads.
/// </summary>
public sealed class StationEventHub : IStationEvents
{
    public const int SubscriberCapacity = 1024;

    private readonly Lock _gate = new();
    private readonly List<Subscriber> _subscribers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public void Publish(StatusTransition transition)
    {
        Subscriber[] subscribers;
        lock (_gate)
        {
            subscribers = [.. _subscribers];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Queue.Writer.TryWrite(transition);
        }
    }

    public async IAsyncEnumerable<StationEvent> SubscribeAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = new Subscriber();
        lock (_gate)
        {
            _subscribers.Add(subscriber);
        }

        try
        {
            await foreach (var transition in subscriber.Queue.Reader.ReadAllAsync(cancellationToken))
            {
                yield return new StationEvent(transition, Interlocked.Exchange(ref subscriber.Missed, 0));
            }
        }
        finally
        {
            lock (_gate)
            {
                _subscribers.Remove(subscriber);
            }
        }
    }

    private sealed class Subscriber
    {
        public long Missed;

        public Subscriber() =>
            Queue = Channel.CreateBounded<StatusTransition>(
                new BoundedChannelOptions(SubscriberCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
                _ => Interlocked.Increment(ref Missed));

        public Channel<StatusTransition> Queue { get; }
    }
}
