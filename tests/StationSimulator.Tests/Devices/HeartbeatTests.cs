using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Tests.Support;
using CommuneRadio.TestSupport;

namespace CommuneRadio.StationSimulator.Tests.Devices;

[Collection(BrokerCollection.Name)]
public sealed class HeartbeatTests(BrokerFixture fixture)
{
    [Fact]
    public async Task Heartbeats_arrive_on_the_device_topic_every_interval_with_seq_growing_by_one()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        var topic = TopicLayout.Default.Heartbeat(harness.StationId, DeviceHarness.DeviceId);

        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        harness.Clock.Advance(TimeSpan.FromSeconds(30));

        var seen = await harness.Observer.WaitForAsync(m => m.Topic == topic, 3, "three heartbeats");
        var heartbeats = seen.Select(StationObserver.ReadHeartbeat).ToList();
        Assert.Equal([1L, 2L, 3L], heartbeats.Select(h => h.Seq));
        Assert.Equal([0L, 30L, 60L], heartbeats.Select(h => h.UptimeS));
        Assert.All(heartbeats, h => Assert.Equal((70, PlaybackState.Idle, "2.4.1", AmpState.On, 0L), (h.Volume, h.State, h.Firmware, h.Amp!.Value, h.ScheduleVersion!.Value)));
        Assert.All(heartbeats, h => Assert.Equal(new GpsPosition(10.43, 105.78), h.Gps));
        Assert.All(heartbeats, h => Assert.InRange(h.Rssi!.Value, -83, -67));
        Assert.Equal(harness.Clock.GetUtcNow(), heartbeats[^1].SentAt);
    }

    [Fact]
    public async Task Jitter_spreads_heartbeat_intervals_within_the_configured_share()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture, o => o with { HeartbeatJitter = 0.2 });

        harness.Clock.Advance(TimeSpan.FromMinutes(10));
        var marker = await harness.Device.SendHeartbeatAsync(); // published after every periodic one

        var periodic = harness.Device.Journal.Heartbeats.Where(h => h.Seq < marker.Seq).ToList();
        var gaps = periodic.Zip(periodic.Skip(1), (a, b) => (b.SentAt!.Value - a.SentAt!.Value).TotalSeconds).ToList();
        Assert.InRange(periodic.Count, 1 + (600 / 36), 1 + (600 / 24));
        Assert.All(gaps, gap => Assert.InRange(gap, 24, 36));
        Assert.True(gaps.Distinct().Count() > 1, "every interval was the same: no jitter");
    }

    [Fact]
    public async Task Connecting_leaves_a_retained_online_status_that_a_late_subscriber_receives()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);

        await using var late = await StationObserver.StartAsync(fixture.Broker, harness.StationId);
        var status = await late.WaitForAsync(m => m.Topic.EndsWith("/status", StringComparison.Ordinal), "the retained status");

        Assert.Equal(("online", true), (status.Text, status.Retain));
        Assert.True(DeviceMessages.TryReadStatus(status.Payload, out var parsed, out _) && parsed == DeviceConnectionStatus.Online);
    }

    [Fact]
    public async Task Silent_device_stays_connected_without_heartbeats_and_sends_one_at_once_when_resumed()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        await harness.Device.Journal.WaitForHeartbeatAsync(1).WithTimeout("the first heartbeat");

        harness.Device.GoSilent();
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(harness.Device.Journal.Heartbeats);
        Assert.True(harness.Device.IsOnline);

        harness.Device.Resume();
        var resumed = await harness.Device.Journal.WaitForHeartbeatAsync(2).WithTimeout("the heartbeat after resuming");
        Assert.Equal(300, resumed.UptimeS);
    }

    [Fact]
    public async Task Volume_set_by_command_and_then_turned_locally_shows_in_the_next_heartbeats()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);

        await harness.SendAsync(new DeviceCommand { CmdId = "vol-1", Type = CommandType.Volume, Volume = 45 });
        await harness.AckAsync("vol-1", AckState.Done);
        var afterCommand = await harness.Device.SendHeartbeatAsync();
        harness.Device.TurnVolumeKnob(90);
        var afterKnob = await harness.Device.SendHeartbeatAsync();

        var topic = TopicLayout.Default.Heartbeat(harness.StationId, DeviceHarness.DeviceId);
        var atBroker = await harness.Observer.WaitForAsync(m => m.Topic == topic, 3, "three heartbeats");
        Assert.Equal([70, 45, 90], atBroker.Select(m => StationObserver.ReadHeartbeat(m).Volume));
        Assert.Equal((45, 90), (afterCommand.Volume, afterKnob.Volume));
        Assert.Equal(["received", "done"], (await harness.AcksAtBrokerAsync("vol-1", 2)).Select(a => a.State.ToString().ToLowerInvariant()));
    }
}
