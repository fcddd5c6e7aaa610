using CommuneRadio.DeviceProtocol;
using MQTTnet.Formatter;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.StationSimulator.Tests.Support;
using CommuneRadio.TestSupport;

namespace CommuneRadio.StationSimulator.Tests.Devices;

[Collection(BrokerCollection.Name)]
public sealed class LinkTests(BrokerFixture fixture)
{
    [Fact]
    public async Task A_dropped_link_makes_the_broker_publish_the_retained_offline_Will_and_the_device_comes_back_after_its_downtime()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        var status = TopicLayout.Default.Status(harness.StationId, DeviceHarness.DeviceId);
        await harness.Observer.WaitForAsync(m => m.Topic == status && m.Text == "online", "online");

        Assert.True(await harness.Device.DropLinkAsync(TimeSpan.FromMinutes(2)));

        await harness.Observer.WaitForAsync(m => m.Topic == status && m.Text == "offline", "the Will saying offline");
        await using (var late = await StationObserver.StartAsync(fixture.Broker, harness.StationId))
        {
            var retained = await late.WaitForAsync(m => m.Topic == status, "the retained status after the drop");
            Assert.Equal(("offline", true), (retained.Text, retained.Retain));
        }

        Assert.False(harness.Device.IsOnline);
        harness.Clock.Advance(TimeSpan.FromMinutes(2));
        await harness.Device.WhenOnlineAsync().WithTimeout("the device coming back after 2 minutes");
        await harness.Observer.WaitForAsync(m => m.Topic == status && m.Text == "online", 2, "online again");
        var heartbeat = await harness.Device.Journal.WaitForHeartbeatAsync(2).WithTimeout("the first heartbeat after coming back");
        Assert.Equal(120, heartbeat.UptimeS); // same boot: seq and uptime go on
        Assert.Equal([ConnectionEventKind.Online, ConnectionEventKind.Cut, ConnectionEventKind.Online], harness.Device.Journal.Connections.Select(c => c.Kind));
    }

    [Fact]
    public async Task Commands_sent_while_the_link_is_down_are_delivered_and_acked_when_the_device_comes_back()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        await harness.Device.DropLinkAsync(TimeSpan.FromSeconds(30));

        await harness.Observer.SendAsync(new DeviceCommand { CmdId = "vol-offline", Type = CommandType.Volume, Volume = 20 }, DeviceHarness.DeviceId);
        await harness.Observer.SendAsync(new DeviceCommand { CmdId = "amp-offline", Type = CommandType.Amp, Amp = AmpState.Off });
        harness.Clock.Advance(TimeSpan.FromSeconds(30));

        await harness.Observer.WaitForAckAsync(DeviceHarness.DeviceId, "vol-offline", AckState.Done);
        await harness.Observer.WaitForAckAsync(DeviceHarness.DeviceId, "amp-offline", AckState.Done);
        Assert.Equal((20, AmpState.Off), (harness.Device.Volume, harness.Device.Amp));
    }

    [Fact]
    public async Task Restart_acks_done_then_drops_the_link_and_comes_back_with_seq_and_uptime_starting_over()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        var status = TopicLayout.Default.Status(harness.StationId, DeviceHarness.DeviceId);
        harness.Clock.Advance(TimeSpan.FromSeconds(90));
        Assert.Equal(4, (await harness.Device.Journal.WaitForHeartbeatAsync(4).WithTimeout("heartbeat 4")).Seq);

        await harness.SendAsync(new DeviceCommand { CmdId = "reboot-1", Type = CommandType.Restart });

        Assert.Equal([AckState.Received, AckState.Done], (await harness.AcksAtBrokerAsync("reboot-1", 2)).Select(a => a.State));
        await harness.Observer.WaitForAsync(m => m.Topic == status && m.Text == "offline", "the Will after the restart");
        await harness.Device.Journal.WaitForConnectionEventAsync(ConnectionEventKind.Cut).WithTimeout("the link cut");
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        await harness.Device.WhenOnlineAsync().WithTimeout("the device back after its restart");

        var heartbeat = StationObserver.ReadHeartbeat(await harness.Observer.WaitForAsync(
            m => m.Topic.EndsWith("/heartbeat", StringComparison.Ordinal), 5, "the first heartbeat after the restart").ContinueWith(t => t.Result[^1]));
        Assert.Equal((1L, 0L), (heartbeat.Seq, heartbeat.UptimeS));
        Assert.Equal(2, harness.Device.Boot);
    }

    [Fact]
    public async Task An_MQTT_3_1_1_device_heartbeats_takes_commands_and_leaves_its_Will_on_a_drop()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture, o => o with { ProtocolVersion = MqttProtocolVersion.V311 });
        var status = TopicLayout.Default.Status(harness.StationId, DeviceHarness.DeviceId);

        await harness.SendAsync(harness.Play("play-311", durationS: 10));
        harness.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal([AckState.Received, AckState.Playing, AckState.Done], (await harness.AcksAtBrokerAsync("play-311", 3)).Select(a => a.State));
        await harness.Observer.WaitForAsync(m => m.Topic.EndsWith("/heartbeat", StringComparison.Ordinal), "a heartbeat from the 3.1.1 device");

        await harness.Device.DropLinkAsync(TimeSpan.FromSeconds(10));
        await harness.Observer.WaitForAsync(m => m.Topic == status && m.Text == "offline", "the 3.1.1 device's Will");
        await harness.Observer.SendAsync(new DeviceCommand { CmdId = "vol-311", Type = CommandType.Volume, Volume = 33 }, DeviceHarness.DeviceId);
        harness.Clock.Advance(TimeSpan.FromSeconds(10));
        await harness.Observer.WaitForAckAsync(DeviceHarness.DeviceId, "vol-311", AckState.Done);
        Assert.Equal(MqttProtocolVersion.V311, harness.Device.ProtocolVersion);
    }

    [Fact]
    public async Task Stopping_publishes_offline_and_disconnects_cleanly()
    {
        var harness = await DeviceHarness.StartAsync(fixture);
        var status = TopicLayout.Default.Status(harness.StationId, DeviceHarness.DeviceId);

        await harness.Device.StopAsync();

        var offline = await harness.Observer.WaitForAsync(m => m.Topic == status && m.Text == "offline", "offline on a clean stop");
        Assert.Equal(ConnectionEventKind.Stopped, harness.Device.Journal.Connections[^1].Kind);
        await harness.DisposeAsync();
        Assert.NotNull(offline);
    }
}
