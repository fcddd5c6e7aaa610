using CommuneRadio.Grains.Events;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Grains.Tests.Events;

public sealed class StationEventHubTests
{
    private static StatusTransition Transition(int i) =>
        new("s-1", $"d-{i}", "online", DateTimeOffset.UnixEpoch.AddSeconds(i), "heartbeat");

    [Fact]
    public async Task A_subscriber_that_falls_behind_loses_the_oldest_events_and_is_told_how_many()
    {
        var hub = new StationEventHub();
        using var stop = new CancellationTokenSource();
        await using var events = hub.SubscribeAsync(stop.Token).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask(); // subscribes, then waits for the first event
        await TaskTimeouts.Eventually(() => hub.SubscriberCount == 1, "the subscription registering");
        hub.Publish(Transition(-1));
        Assert.True(await first.WithTimeout("the first event"));

        // Nobody reads now: the queue fills and the oldest events fall out.
        for (var i = 0; i < StationEventHub.SubscriberCapacity + 10; i++)
        {
            hub.Publish(Transition(i));
        }

        Assert.True(await events.MoveNextAsync().AsTask().WithTimeout("the next event"));
        Assert.Equal(10, events.Current.Missed);
        Assert.Equal("d-10", events.Current.Transition.DeviceId);
    }

    [Fact]
    public async Task A_subscriber_that_stops_listening_is_removed()
    {
        var hub = new StationEventHub();
        using var stop = new CancellationTokenSource();
        var reading = Task.Run(async () =>
        {
            await foreach (var _ in hub.SubscribeAsync(stop.Token))
            {
            }
        });
        await TaskTimeouts.Eventually(() => hub.SubscriberCount == 1, "the subscription registering");

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);

        Assert.Equal(0, hub.SubscriberCount);
        hub.Publish(Transition(1)); // nobody listening: nothing to do, nothing thrown
    }
}
