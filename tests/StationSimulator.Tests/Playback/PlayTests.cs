using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.StationSimulator.Tests.Support;
using CommuneRadio.TestSupport;

namespace CommuneRadio.StationSimulator.Tests.Playback;

[Collection(BrokerCollection.Name)]
public sealed class PlayTests(BrokerFixture fixture)
{
    [Fact]
    public async Task A_repeated_play_acks_received_playing_done_in_order_and_plays_the_requested_number_of_times_with_its_pauses()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        var start = harness.Clock.GetUtcNow();

        await harness.SendAsync(harness.Play("bulletin-1", durationS: 20) with { Repeat = 3, RepeatIntervalS = 10, Volume = 100 });
        await harness.AckAsync("bulletin-1", AckState.Playing);
        var playing = await harness.Device.SendHeartbeatAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(20 + 10 + 20 + 10 + 20));

        var plays = await harness.Device.WaitForPlaysAsync("bulletin-1", 3).WithTimeout("three plays");
        Assert.Equal([AckState.Received, AckState.Playing, AckState.Done], (await harness.AcksAtBrokerAsync("bulletin-1", 3)).Select(a => a.State));
        Assert.Equal([20.0, 50.0, 80.0], plays.Select(p => (p.At - start).TotalSeconds));
        Assert.All(plays, p => Assert.Equal(100, p.Volume));
        Assert.Equal((PlaybackState.Playing, "bulletin-1", 70), (playing.State, playing.ItemId, playing.Volume)); // the setting stays 70
        Assert.Equal(PlaybackState.Idle, harness.Device.State);
    }

    [Fact]
    public async Task An_emergency_interrupts_a_normal_item_which_is_acked_failed_preempted()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        await harness.SendAsync(harness.Play("programme", durationS: 600));
        await harness.AckAsync("programme", AckState.Playing);
        harness.Clock.Advance(TimeSpan.FromSeconds(60));

        await harness.SendAsync(harness.Play("storm-alert", durationS: 30, BroadcastPriority.Emergency));

        var failed = StationObserver.ReadAck(await harness.Observer.WaitForAckAsync(DeviceHarness.DeviceId, "programme", AckState.Failed));
        Assert.Equal("preempted", failed.Reason);
        await harness.Observer.WaitForAckAsync(DeviceHarness.DeviceId, "storm-alert", AckState.Playing);
        Assert.Equal(
            [PlaybackEventKind.Started, PlaybackEventKind.Interrupted, PlaybackEventKind.Started],
            harness.Device.Journal.Plays.Select(p => p.Kind));
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.AckAsync("storm-alert", AckState.Done);
        Assert.DoesNotContain(harness.Device.Journal.Acks, a => a.CmdId == "programme" && a.State == AckState.Done);
    }

    [Theory]
    [InlineData(BroadcastPriority.Priority, BroadcastPriority.Normal)]
    [InlineData(BroadcastPriority.Priority, BroadcastPriority.Priority)]
    [InlineData(BroadcastPriority.Emergency, BroadcastPriority.Live)]
    public async Task An_item_of_the_same_or_a_lower_level_arriving_while_another_plays_is_rejected_busy(BroadcastPriority playing, BroadcastPriority arriving)
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        await harness.SendAsync(harness.Play("first", durationS: 60, playing));
        await harness.AckAsync("first", AckState.Playing);

        await harness.SendAsync(harness.Play("second", durationS: 60, arriving));

        var rejected = await harness.AckAsync("second", AckState.Rejected);
        Assert.Equal("busy", rejected.Reason);
        Assert.Equal([AckState.Rejected], (await harness.AcksAtBrokerAsync("second", 1)).Select(a => a.State));
        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await harness.AckAsync("first", AckState.Done);
    }

    [Fact]
    public async Task A_newer_emergency_replaces_an_older_one()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        await harness.SendAsync(harness.Play("flood-1", durationS: 60, BroadcastPriority.Emergency) with { Repeat = 5, RepeatIntervalS = 600 });
        await harness.AckAsync("flood-1", AckState.Playing);

        await harness.SendAsync(harness.Play("flood-2", durationS: 60, BroadcastPriority.Emergency));

        Assert.Equal("replaced", (await harness.AckAsync("flood-1", AckState.Failed)).Reason);
        await harness.AckAsync("flood-2", AckState.Playing);
    }

    [Fact]
    public async Task A_command_already_expired_on_arrival_is_rejected_expired_and_never_plays()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);

        await harness.SendAsync(harness.Play("late", durationS: 10) with { ExpiresAt = harness.Clock.GetUtcNow().AddMinutes(-1) });

        Assert.Equal([(AckState.Rejected, "expired")], (await harness.AcksAtBrokerAsync("late", 1)).Select(a => (a.State, a.Reason)));
        Assert.Empty(harness.Device.Journal.Plays);
    }

    [Fact]
    public async Task A_play_waits_for_notBefore_and_is_rejected_expired_when_it_expires_before_it_can_start()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        var now = harness.Clock.GetUtcNow();
        await harness.SendAsync(harness.Play("blocker", durationS: 120, BroadcastPriority.Emergency));
        await harness.SendAsync(harness.Play("at-noon", durationS: 10) with { NotBefore = now.AddSeconds(60) });
        await harness.SendAsync(harness.Play("short-lived", durationS: 10) with { NotBefore = now.AddSeconds(60), ExpiresAt = now.AddSeconds(50) });
        await harness.AckAsync("at-noon", AckState.Received);

        harness.Clock.Advance(TimeSpan.FromSeconds(60));

        Assert.Equal("busy", (await harness.AckAsync("at-noon", AckState.Rejected)).Reason);
        Assert.Equal("expired", (await harness.AckAsync("short-lived", AckState.Rejected)).Reason);
        harness.Clock.Advance(TimeSpan.FromSeconds(60));
        await harness.SendAsync(harness.Play("later", durationS: 10) with { NotBefore = harness.Clock.GetUtcNow().AddSeconds(30) });
        await harness.AckAsync("later", AckState.Received);
        Assert.DoesNotContain(harness.Device.Journal.Plays, p => p.CmdId == "later");
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        var started = await harness.AckAsync("later", AckState.Playing);
        Assert.Equal(now.AddSeconds(150), started.At);
    }

    [Fact]
    public async Task A_repeated_cmdId_is_acked_again_with_its_latest_state_and_not_played_twice()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        var play = harness.Play("once", durationS: 30);
        await harness.SendAsync(play);
        await harness.AckAsync("once", AckState.Playing);

        await harness.SendAsync(play, seenTimes: 2);
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await harness.AckAsync("once", AckState.Done);
        await harness.SendAsync(play, seenTimes: 3);

        var acks = await harness.AcksAtBrokerAsync("once", 5);
        Assert.Equal([AckState.Received, AckState.Playing, AckState.Playing, AckState.Done, AckState.Done], acks.Select(a => a.State));
        Assert.Single(harness.Device.Journal.Plays, p => p.Kind == PlaybackEventKind.Started);
        Assert.Equal([false, true, true], harness.Device.Journal.Commands.Select(c => c.Duplicate));
    }

    [Fact]
    public async Task Stop_with_a_target_ends_that_item_and_its_repeats()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        await harness.SendAsync(harness.Play("looping", durationS: 10) with { Repeat = 10, RepeatIntervalS = 5 });
        harness.Clock.Advance(TimeSpan.FromSeconds(12));

        await harness.SendAsync(new DeviceCommand { CmdId = "stop-1", Type = CommandType.Stop, TargetCmdId = "looping" });

        Assert.Equal("stopped", (await harness.AckAsync("looping", AckState.Failed)).Reason);
        Assert.Equal([AckState.Received, AckState.Done], (await harness.AcksAtBrokerAsync("stop-1", 2)).Select(a => a.State));
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var fromDevice = await harness.Device.SendHeartbeatAsync();
        Assert.Single(harness.Device.Journal.Plays, p => p.Kind == PlaybackEventKind.Finished);
        Assert.Equal(PlaybackState.Idle, fromDevice.State);
    }

    [Fact]
    public async Task Stop_without_a_target_silences_the_playing_item_and_the_fm_relay()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        await harness.SendAsync(new DeviceCommand { CmdId = "fm-1", Type = CommandType.Fm, Frequency = 99.5 });
        Assert.Equal(PlaybackState.Fm, (await harness.Device.SendHeartbeatAsync()).State);
        await harness.SendAsync(harness.Play("news", durationS: 60));
        await harness.AckAsync("news", AckState.Playing);

        await harness.SendAsync(new DeviceCommand { CmdId = "stop-all", Type = CommandType.Stop });

        Assert.Equal("stopped", (await harness.AckAsync("news", AckState.Failed)).Reason);
        await harness.AckAsync("stop-all", AckState.Done);
        Assert.Equal((PlaybackState.Idle, (double?)null), (harness.Device.State, harness.Device.FmFrequency));
    }
}
