using CommuneRadio.Grains.Events;
using CommuneRadio.Grains.Stations;
using CommuneRadio.Grains.Tests.Stations.StandIns;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Grains.Tests.Stations;

public sealed class LivenessTests
{
    [Fact]
    public async Task A_silent_device_goes_offline_exactly_three_intervals_after_its_last_heartbeat()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01");
        var last = harness.Clock.GetUtcNow();

        await harness.AdvanceAsync(StationHarness.Interval * 3 - TimeSpan.FromSeconds(1));
        Assert.True((await harness.Device("d-01")).Online, "online one second before the third missed interval");

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));
        var device = await harness.Device("d-01");
        Assert.False(device.Online, "offline at the third missed interval");
        Assert.Equal(last + StationHarness.Interval * 3, device.Since);
        var offline = harness.History.All.Single(t => t is { DeviceId: "d-01", State: "offline" });
        Assert.Contains("no heartbeat for 90 s", offline.Reason);
        Assert.Equal(StationHealth.Down, (await harness.Station().GetSnapshotAsync()).Health);
    }

    [Fact]
    public async Task Heartbeats_keep_a_device_online_and_the_earliest_deadline_wins()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01");
        await harness.AdvanceAsync(TimeSpan.FromSeconds(40));
        await harness.Heartbeat("d-02");

        for (var i = 0; i < 3; i++)
        {
            await harness.AdvanceAsync(StationHarness.Interval);
            await harness.Heartbeat("d-02");
        }

        Assert.False((await harness.Device("d-01")).Online);
        Assert.True((await harness.Device("d-02")).Online);
        Assert.Equal(StationHealth.Degraded, (await harness.Station().GetSnapshotAsync()).Health);
    }

    [Fact]
    public async Task A_last_will_takes_the_device_offline_at_once_and_its_next_online_status_brings_it_back()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01");

        await harness.Status("d-01", false);
        Assert.False((await harness.Device("d-01")).Online);

        await harness.AdvanceAsync(TimeSpan.FromSeconds(20));
        await harness.Status("d-01", true);
        await harness.Heartbeat("d-01", restart: true);
        var device = await harness.Device("d-01");
        Assert.True(device.Online);
        Assert.Equal(harness.Clock.GetUtcNow(), device.Since);
        Assert.Equal(["online", "offline", "online"], harness.History.All.Where(t => t.DeviceId == "d-01").Select(t => t.State));
    }

    [Fact]
    public async Task A_heartbeat_sent_before_the_link_died_but_handled_after_the_will_does_not_bring_the_device_back()
    {
        // The interleaving that lost Last Wills under load: the connect heartbeat and the Will reach
        // the gateway on different shared-subscription connections, and the heartbeat is read and
        // handled after the Will, with a read time equal to it (a test clock) or later (a real one).
        await using var harness = await StationHarness.StartAsync();
        await harness.Status("d-01", true);
        await harness.Status("d-01", false);

        await harness.Heartbeat("d-01");
        await harness.AdvanceAsync(TimeSpan.FromMilliseconds(40));
        await harness.Heartbeat("d-01");

        Assert.False((await harness.Device("d-01")).Online, "a heartbeat after the Will is no proof the link is back");
        Assert.Equal(["online", "offline"], harness.History.All.Where(t => t.DeviceId == "d-01").Select(t => t.State));
    }

    [Fact]
    public async Task An_online_status_read_before_the_will_but_handled_after_it_does_not_bring_the_device_back()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01");
        var readBeforeTheWill = harness.Clock.GetUtcNow();
        await harness.AdvanceAsync(TimeSpan.FromMilliseconds(5));
        await harness.Status("d-01", false);

        // Read on another gateway connection a moment before the Will, handled a moment after it.
        await harness.Station().DeviceStatusAsync(new DeviceStatusReport("d-01", readBeforeTheWill, true, Retained: false));

        Assert.False((await harness.Device("d-01")).Online);
        Assert.Equal(["online", "offline"], harness.History.All.Where(t => t.DeviceId == "d-01").Select(t => t.State));
    }

    [Fact]
    public async Task A_device_that_only_went_quiet_comes_back_with_its_next_heartbeat()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01");
        await harness.AdvanceAsync(StationHarness.Interval * 3);
        Assert.False((await harness.Device("d-01")).Online, "offline after three silent intervals");

        await harness.Heartbeat("d-01");

        Assert.True((await harness.Device("d-01")).Online, "its link never went down: the heartbeat is enough");
        Assert.Equal(["online", "offline", "online"], harness.History.All.Where(t => t.DeviceId == "d-01").Select(t => t.State));
    }

    [Fact]
    public async Task Transitions_are_streamed_to_subscribers()
    {
        await using var harness = await StationHarness.StartAsync();
        using var stop = new CancellationTokenSource();
        await using var events = harness.Events.SubscribeAsync(stop.Token).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();

        await harness.Heartbeat("d-02");

        Assert.True(await first.WithTimeout("the first streamed event"));
        Assert.Equal(new StatusTransition("s-29254", "d-02", "online", harness.Clock.GetUtcNow(), "heartbeat"), events.Current.Transition);
        Assert.Equal(0, events.Current.Missed);
    }

    [Fact]
    public async Task A_reactivated_station_carries_on_from_its_history()
    {
        var history = new InMemoryStatusHistory();
        var clock = new ManualTimeProvider();
        await using (var before = await StationHarness.StartAsync(history, clock))
        {
            await before.Heartbeat("d-01");
            await before.Heartbeat("d-02");
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await using var after = await StationHarness.StartAsync(history, clock);
        var snapshot = await after.Station().GetSnapshotAsync();
        Assert.Equal(StationHealth.Up, snapshot.Health);
        Assert.All(snapshot.Devices, d => Assert.True(d.Online));

        for (var i = 0; i < 3; i++)
        {
            await after.AdvanceAsync(StationHarness.Interval);
            await after.Heartbeat("d-02");
        }

        Assert.False((await after.Device("d-01")).Online, "d-01 never spoke after the restart");
        Assert.True((await after.Device("d-02")).Online);
    }
}
