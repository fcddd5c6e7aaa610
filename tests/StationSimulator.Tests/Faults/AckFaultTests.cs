using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Tests.Support;
using CommuneRadio.TestSupport;

namespace CommuneRadio.StationSimulator.Tests.Faults;

[Collection(BrokerCollection.Name)]
public sealed class AckFaultTests(BrokerFixture fixture)
{
    [Fact]
    public async Task Lost_acks_never_reach_the_system_though_the_device_still_plays()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        harness.Device.Faults = harness.Device.Faults with { AckLoss = 1, AckLossStates = new HashSet<AckState> { AckState.Received, AckState.Playing } };

        await harness.SendAsync(harness.Play("quiet-acks", durationS: 5));
        harness.Clock.Advance(TimeSpan.FromSeconds(5));

        // Acks go out in order, so once done is at the broker, received and playing would have been too.
        Assert.Equal([AckState.Done], (await harness.AcksAtBrokerAsync("quiet-acks", 1)).Select(a => a.State));
        Assert.DoesNotContain(harness.Observer.AcksOf(DeviceHarness.DeviceId, "quiet-acks"), a => a.State != AckState.Done);
        Assert.Single(await harness.Device.WaitForPlaysAsync("quiet-acks", 1));
        Assert.Equal(2, harness.Device.Journal.Acks.Count(a => a.Lost));
    }

    [Fact]
    public async Task All_acks_lost_means_silence_on_the_ack_topic()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        harness.Device.Faults = harness.Device.Faults with { AckLoss = 1 };

        await harness.SendAsync(new DeviceCommand { CmdId = "vol-lost", Type = CommandType.Volume, Volume = 10 });
        harness.Device.Faults = harness.Device.Faults with { AckLoss = 0 };
        await harness.SendAsync(new DeviceCommand { CmdId = "vol-marker", Type = CommandType.Volume, Volume = 11 });

        await harness.AcksAtBrokerAsync("vol-marker", 2);
        Assert.Empty(harness.Observer.AcksOf(DeviceHarness.DeviceId, "vol-lost"));
        Assert.Equal(11, harness.Device.Volume);
    }

    [Fact]
    public async Task Slow_acks_go_out_only_after_the_configured_delay_while_heartbeats_stay_on_time()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        harness.Device.Faults = harness.Device.Faults with { AckDelay = TimeSpan.FromSeconds(45) };
        var sentAt = harness.Clock.GetUtcNow();

        await harness.SendAsync(new DeviceCommand { CmdId = "vol-slow", Type = CommandType.Volume, Volume = 55 });
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        var onTime = await harness.Device.Journal.WaitForHeartbeatAsync(2).WithTimeout("the heartbeat due at 30 s");
        Assert.DoesNotContain(harness.Device.Journal.Acks, a => a.CmdId == "vol-slow");
        Assert.Equal(55, onTime.Volume);

        harness.Clock.Advance(TimeSpan.FromSeconds(15));
        var received = await harness.AckAsync("vol-slow", AckState.Received);
        await harness.AcksAtBrokerAsync("vol-slow", 2);
        Assert.Equal(sentAt.AddSeconds(45), received.At);
    }

    [Fact]
    public async Task A_refusing_device_rejects_every_play_with_the_given_reason()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        harness.Device.Faults = harness.Device.Faults with { RefusePlaysWithReason = "checksum" };

        await harness.SendAsync(harness.Play("refused-1"));
        await harness.SendAsync(harness.Play("refused-2", priority: BroadcastPriority.Emergency));

        Assert.Equal([(AckState.Rejected, "checksum")], (await harness.AcksAtBrokerAsync("refused-1", 1)).Select(a => (a.State, a.Reason)));
        Assert.Equal([(AckState.Rejected, "checksum")], (await harness.AcksAtBrokerAsync("refused-2", 1)).Select(a => (a.State, a.Reason)));
        Assert.Empty(harness.Device.Journal.Plays);
    }
}
