using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// Alerts on this station's loudspeakers. An order is stored in the station's state before anything
/// is sent; the emergency play goes once to the station's <c>cmd</c> topic, then to single devices:
/// each device that comes online while the alert is unexpired, and each that has not acknowledged
/// within <see cref="StationOptions.AlertResendAfter"/>. Every resend carries the same cmdId, so a
/// device that already has it acknowledges again instead of playing it twice. Every device's move
/// (queued, sent, received, playing, done, failed, expired, cancelled) is recorded durably.
/// </summary>
public sealed partial class StationGrain
{
    private readonly Dictionary<string, Dictionary<string, DeviceDelivery>> _alertDeliveries = new(StringComparer.Ordinal);
    private IGrainTimer? _alertTimer;

    public async Task<int> StartAlertAsync(AlertOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var now = _time.GetUtcNow();
        if (_registration is null)
        {
            return 0;
        }

        if (_state.State.Alerts.Any(a => a.CmdId == order.CmdId))
        {
            // The alert grain asks again after a restart or a timeout: carry on, send nothing twice.
            await OfferAlertsAsync(_devices.Values.Where(d => d.Online).ToList(), now, onlyUnsent: true);
            return _devices.Count;
        }

        var transitions = new List<AlertDelivery>();
        foreach (var replaced in _state.State.Alerts.Where(a => a.AlertId == order.AlertId).ToList())
        {
            // An Update: the content on air is replaced; devices still holding the old one are told by the new play (same alert, newer emergency).
            EndAlert(replaced, DeliveryState.Cancelled, "replaced by an update", now, transitions);
        }

        _state.State.Alerts.Add(order);
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            // Not stored, so not taken: the alert grain asks again, and must find no half-taken order.
            _state.State.Alerts.Remove(order);
            throw;
        }

        // Publish before writing the ledger: the stored order is what a restart resumes from, and
        // each device's first state (queued, or sent when the publish reached it) goes in one batch.
        var deliveries = new Dictionary<string, DeviceDelivery>(StringComparer.Ordinal);
        _alertDeliveries[order.CmdId] = deliveries;
        var online = _devices.Values.Where(d => d.Online).ToList();
        var published = now < order.ExpiresAt && online.Count > 0 && await TryPublishAsync(order, deviceId: null, now);
        foreach (var device in _devices.Values)
        {
            var delivery = deliveries[device.Record.Id] = new DeviceDelivery(DeliveryState.Queued);
            if (published && device.Online)
            {
                (delivery.State, delivery.LastSentAt, delivery.Attempts) = (DeliveryState.Sent, now, 1);
            }

            transitions.Add(Delivery(order, device.Record.Id, delivery.State, null, now));
        }

        await _alertLedger.RecordAsync(transitions);
        ArmAlertTimer();
        return _devices.Count;
    }

    public async Task StopAlertAsync(string alertId)
    {
        var now = _time.GetUtcNow();
        var transitions = new List<AlertDelivery>();
        foreach (var order in _state.State.Alerts.Where(a => a.AlertId == alertId).ToList())
        {
            var stop = new DeviceCommand { CmdId = $"{order.CmdId}-stop", Type = CommandType.Stop, Priority = BroadcastPriority.Emergency, TargetCmdId = order.CmdId };
            await TrySendAsync(null, stop);
            EndAlert(order, DeliveryState.Cancelled, "cancelled", now, transitions);
        }

        if (transitions.Count > 0)
        {
            await _state.WriteStateAsync();
            await _alertLedger.RecordAsync(transitions);
        }
    }

    /// <summary>A device acknowledged a command: if it is an alert's, record how far the alert got on that device.</summary>
    private async Task<bool> SettleAlertAsync(LiveDevice device, DeviceAckReport ack, DateTimeOffset now)
    {
        if (!_alertDeliveries.TryGetValue(ack.CmdId, out var deliveries) || !deliveries.TryGetValue(device.Record.Id, out var delivery))
        {
            return false;
        }

        var order = _state.State.Alerts.First(a => a.CmdId == ack.CmdId);
        var state = ack.State switch
        {
            DeviceAckState.Received => DeliveryState.Received,
            DeviceAckState.Playing => DeliveryState.Playing,
            DeviceAckState.Done => DeliveryState.Done,
            DeviceAckState.Rejected when ack.Reason == "expired" => DeliveryState.Expired,
            _ => DeliveryState.Failed,
        };
        if (delivery.State.CanMove(state))
        {
            delivery.State = state;
            await _alertLedger.RecordAsync([Delivery(order, device.Record.Id, state, ack.Reason, now)]);
        }

        return true;
    }

    /// <summary>Devices that just came online get every unexpired alert they have not acknowledged.</summary>
    private Task OfferAlertsOnReconnectAsync(IReadOnlyList<LiveDevice> devices, DateTimeOffset now) =>
        _state.State.Alerts.Count == 0 ? Task.CompletedTask : OfferAlertsAsync(devices, now, onlyUnsent: false);

    private async Task OfferAlertsAsync(IReadOnlyList<LiveDevice> devices, DateTimeOffset now, bool onlyUnsent)
    {
        foreach (var order in _state.State.Alerts.Where(a => now < a.ExpiresAt).ToList())
        {
            var deliveries = _alertDeliveries[order.CmdId];
            foreach (var device in devices)
            {
                if (deliveries.TryGetValue(device.Record.Id, out var delivery)
                    && delivery.State.Rank() <= DeliveryState.Sent.Rank()
                    && !(onlyUnsent && delivery.State == DeliveryState.Sent))
                {
                    await SendAlertAsync(order, device.Record.Id, [device.Record.Id], now);
                }
            }
        }
    }

    /// <summary>Publishes the order to the station topic (<paramref name="deviceId"/> null) or one device; the devices it reaches move to sent.</summary>
    private async Task SendAlertAsync(AlertOrder order, string? deviceId, IReadOnlyList<string> reached, DateTimeOffset now)
    {
        if (!await TryPublishAsync(order, deviceId, now))
        {
            return;
        }

        var deliveries = _alertDeliveries[order.CmdId];
        var transitions = new List<AlertDelivery>();
        foreach (var id in reached)
        {
            var delivery = deliveries[id];
            delivery.LastSentAt = now;
            delivery.Attempts++;
            if (delivery.State == DeliveryState.Queued)
            {
                delivery.State = DeliveryState.Sent;
                transitions.Add(Delivery(order, id, DeliveryState.Sent, delivery.Attempts > 1 ? $"attempt {delivery.Attempts}" : null, now));
            }
        }

        await _alertLedger.RecordAsync(transitions);
    }

    /// <summary>Publishes the order to the station topic (<paramref name="deviceId"/> null) or one device; false when the broker did not take it (logged; the timer tries again).</summary>
    private async Task<bool> TryPublishAsync(AlertOrder order, string? deviceId, DateTimeOffset now)
    {
        try
        {
            await _commands.SendAsync(StationId, deviceId, AlertCommands.Play(order, issuedAt: now));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            StationLog.SendFailed(_logger, StationId, deviceId ?? "*", order.CmdId, e);
            return false;
        }
    }

    private void EndAlert(AlertOrder order, DeliveryState end, string reason, DateTimeOffset now, List<AlertDelivery> transitions)
    {
        if (_alertDeliveries.Remove(order.CmdId, out var deliveries))
        {
            foreach (var (deviceId, delivery) in deliveries.Where(d => d.Value.State.CanMove(end)))
            {
                transitions.Add(Delivery(order, deviceId, end, reason, now));
            }
        }

        _state.State.Alerts.Remove(order);
    }

    private AlertDelivery Delivery(AlertOrder order, string deviceId, DeliveryState state, string? reason, DateTimeOffset at) =>
        new(order.AlertId, StationId, deviceId, order.CmdId, state, reason, at);
}
