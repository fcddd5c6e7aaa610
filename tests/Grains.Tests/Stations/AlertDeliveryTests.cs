using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Stations;
using CommuneRadio.Grains.Tests.Stations.StandIns;
using CommuneRadio.TestSupport.Silos;

namespace CommuneRadio.Grains.Tests.Stations;

public sealed class AlertDeliveryTests
{
    private static readonly TimeSpan ResendAfter = new StationOptions().AlertResendAfter;

    private static AlertOrder Order(StationHarness h, string cmdId = "alert-1-bao-so-3", TimeSpan? validFor = null) =>
        new()
        {
            AlertId = "bao-so-3",
            CmdId = cmdId,
            Text = "Bão số 3 đang tiến vào đất liền. Người dân không ra khỏi nhà.",
            Repeat = 3,
            Volume = 100,
            ExpiresAt = h.Clock.GetUtcNow() + (validFor ?? TimeSpan.FromHours(2)),
        };

    private static Task Ack(StationHarness h, string deviceId, string cmdId, DeviceAckState state, string? reason = null) =>
        h.Station().AckAsync(new DeviceAckReport(deviceId, h.Clock.GetUtcNow(), cmdId, state, reason));

    private static IReadOnlyList<SentCommand> Plays(StationHarness h) => h.Commands.Sent.Where(c => c.Command.Type == CommandType.Play).ToList();

    [Fact]
    public async Task An_alert_goes_once_to_the_station_topic_online_devices_are_recorded_sent_and_offline_ones_queued()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");

        Assert.Equal(2, await h.Station().StartAlertAsync(Order(h)));

        var play = Assert.Single(Plays(h));
        Assert.Null(play.DeviceId);
        Assert.Equal(BroadcastPriority.Emergency, play.Command.Priority);
        Assert.Equal([DeliveryState.Sent], h.Deliveries.StatesOf("d-01", "alert-1-bao-so-3"));
        Assert.Equal([DeliveryState.Queued], h.Deliveries.StatesOf("d-02", "alert-1-bao-so-3"));
    }

    [Fact]
    public async Task A_device_coming_online_while_the_alert_is_unexpired_gets_it_with_the_same_cmdId()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Station().StartAlertAsync(Order(h));

        await h.Heartbeat("d-02");

        var direct = Assert.Single(Plays(h), c => c.DeviceId == "d-02");
        Assert.Equal("alert-1-bao-so-3", direct.Command.CmdId);
        Assert.Equal([DeliveryState.Queued, DeliveryState.Sent], h.Deliveries.StatesOf("d-02", "alert-1-bao-so-3"));
    }

    [Fact]
    public async Task A_device_coming_online_after_the_alert_expired_is_not_sent_it_and_is_marked_expired()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Station().StartAlertAsync(Order(h, validFor: TimeSpan.FromSeconds(5)));

        await h.AdvanceAsync(ResendAfter);
        await h.Heartbeat("d-02");

        Assert.DoesNotContain(Plays(h), c => c.DeviceId == "d-02");
        Assert.Equal(DeliveryState.Expired, h.Deliveries.StatesOf("d-02", "alert-1-bao-so-3")[^1]);
    }

    [Fact]
    public async Task Acks_move_a_device_forward_only_and_late_or_repeated_acks_change_nothing()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Station().StartAlertAsync(Order(h));

        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Received);
        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Playing);
        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Received);
        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Done);
        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Playing);

        Assert.Equal(
            [DeliveryState.Sent, DeliveryState.Received, DeliveryState.Playing, DeliveryState.Done],
            h.Deliveries.StatesOf("d-01", "alert-1-bao-so-3"));
    }

    [Fact]
    public async Task An_unacknowledged_device_is_sent_the_alert_again_with_the_same_cmdId_and_an_acknowledged_one_is_not()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Heartbeat("d-02");
        await h.Station().StartAlertAsync(Order(h));
        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Playing);

        await h.AdvanceAsync(ResendAfter);
        await h.Heartbeat("d-01");
        await h.Heartbeat("d-02");

        var resent = Assert.Single(Plays(h), c => c.DeviceId is not null);
        Assert.Equal(("d-02", "alert-1-bao-so-3"), (resent.DeviceId, resent.Command.CmdId));
    }

    [Fact]
    public async Task Nothing_is_sent_after_the_alert_expires_and_devices_that_never_played_it_are_expired()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Heartbeat("d-02");
        await h.Station().StartAlertAsync(Order(h, validFor: TimeSpan.FromSeconds(15)));
        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Playing);
        var before = h.Commands.Sent.Count;

        await h.AdvanceAsync(ResendAfter);
        await h.AdvanceAsync(ResendAfter);
        await h.Heartbeat("d-01");
        await h.Heartbeat("d-02");
        await h.AdvanceAsync(ResendAfter);

        Assert.Equal(before + 1, h.Commands.Sent.Count); // the one resend to d-02 at 10 s, before it expired
        Assert.Equal(DeliveryState.Expired, h.Deliveries.StatesOf("d-02", "alert-1-bao-so-3")[^1]);
        Assert.Equal(DeliveryState.Playing, h.Deliveries.StatesOf("d-01", "alert-1-bao-so-3")[^1]);
    }

    [Fact]
    public async Task The_same_order_again_sends_nothing_new_to_devices_already_sent_it()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Station().StartAlertAsync(Order(h));

        await h.Station().StartAlertAsync(Order(h));

        Assert.Single(Plays(h));
    }

    [Fact]
    public async Task An_update_replaces_the_content_and_the_old_command_is_cancelled_on_devices_that_had_not_finished_it()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Station().StartAlertAsync(Order(h));

        await h.Station().StartAlertAsync(Order(h, cmdId: "alert-2-bao-so-3"));

        Assert.Equal(["alert-1-bao-so-3", "alert-2-bao-so-3"], Plays(h).Select(p => p.Command.CmdId));
        Assert.Equal(DeliveryState.Cancelled, h.Deliveries.StatesOf("d-01", "alert-1-bao-so-3")[^1]);
        Assert.Equal(DeliveryState.Sent, h.Deliveries.StatesOf("d-01", "alert-2-bao-so-3")[^1]);
    }

    [Fact]
    public async Task Stopping_tells_the_devices_to_stop_that_command_and_marks_unfinished_devices_cancelled()
    {
        await using var h = await StationHarness.StartAsync();
        await h.Heartbeat("d-01");
        await h.Heartbeat("d-02");
        await h.Station().StartAlertAsync(Order(h));
        await Ack(h, "d-01", "alert-1-bao-so-3", DeviceAckState.Done);

        await h.Station().StopAlertAsync("bao-so-3");

        var stop = Assert.Single(h.Commands.Sent, c => c.Command.Type == CommandType.Stop);
        Assert.Equal("alert-1-bao-so-3", stop.Command.TargetCmdId);
        Assert.Equal(DeliveryState.Done, h.Deliveries.StatesOf("d-01", "alert-1-bao-so-3")[^1]);
        Assert.Equal(DeliveryState.Cancelled, h.Deliveries.StatesOf("d-02", "alert-1-bao-so-3")[^1]);
    }

    [Fact]
    public async Task A_station_reactivated_from_storage_carries_on_sending_only_to_devices_that_have_not_confirmed()
    {
        var storage = new DurableTestGrainStorage();
        var deliveries = new InMemoryAlertDeliveries();
        var clock = new CommuneRadio.TestSupport.ManualTimeProvider();
        await using (var first = await StationHarness.StartAsync(storage: storage, deliveries: deliveries, clock: clock))
        {
            await first.Heartbeat("d-01");
            await first.Heartbeat("d-02");
            await first.Station().StartAlertAsync(Order(first));
            await Ack(first, "d-01", "alert-1-bao-so-3", DeviceAckState.Playing);
        }

        await using var second = await StationHarness.StartAsync(storage: storage, deliveries: deliveries, clock: clock);
        await second.Heartbeat("d-01");
        await second.Heartbeat("d-02");
        await second.AdvanceAsync(ResendAfter);

        var resent = second.Commands.Sent.Where(c => c.Command.Type == CommandType.Play).ToList();
        Assert.NotEmpty(resent);
        Assert.All(resent, c => Assert.Equal(("d-02", "alert-1-bao-so-3"), (c.DeviceId, c.Command.CmdId)));
    }
}
