using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// Keeping live alerts going: the timer that resends, expires and forgets them, their deliveries
/// restored after a reactivation, and devices added while an alert is live.
/// </summary>
public sealed partial class StationGrain
{
    /// <summary>
    /// Every <see cref="StationOptions.AlertResendAfter"/> while alerts are live: resend to online
    /// devices that have not acknowledged, expire what can no longer start, and forget finished alerts.
    /// </summary>
    private async Task CheckAlertsAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var transitions = new List<AlertDelivery>();
        var changed = false;
        foreach (var order in _state.State.Alerts.ToList())
        {
            var deliveries = _alertDeliveries[order.CmdId];
            if (now >= order.ExpiresAt)
            {
                foreach (var (deviceId, delivery) in deliveries.Where(d => d.Value.State.CanMove(DeliveryState.Expired)))
                {
                    delivery.State = DeliveryState.Expired;
                    transitions.Add(Delivery(order, deviceId, DeliveryState.Expired, "not played before it expired", now));
                }
            }
            else
            {
                foreach (var device in _devices.Values.Where(d => d.Online))
                {
                    if (deliveries.TryGetValue(device.Record.Id, out var delivery)
                        && delivery.State.Rank() <= DeliveryState.Sent.Rank()
                        && (delivery.LastSentAt is null || now - delivery.LastSentAt >= _options.AlertResendAfter))
                    {
                        await SendAlertAsync(order, device.Record.Id, [device.Record.Id], now);
                    }
                }
            }

            // Done with it once every device reached an end, or it expired and nothing is still playing.
            if (deliveries.Values.All(d => d.State.IsFinal()) || (now >= order.ExpiresAt + _options.AlertResendAfter && deliveries.Values.All(d => d.State != DeliveryState.Playing)))
            {
                _state.State.Alerts.Remove(order);
                _alertDeliveries.Remove(order.CmdId);
                changed = true;
            }
        }

        await _alertLedger.RecordAsync(transitions, cancellationToken);
        if (changed)
        {
            await _state.WriteStateAsync(cancellationToken);
        }

        ArmAlertTimer();
    }

    /// <summary>After activation: the deliveries of the station's live alerts, as the ledger last stored them.</summary>
    private async Task RestoreAlertsAsync(CancellationToken cancellationToken)
    {
        foreach (var order in _state.State.Alerts)
        {
            var stored = (await _alertLedger.CurrentAsync(order.AlertId, cancellationToken))
                .Where(d => d.StationId == StationId && d.CmdId == order.CmdId)
                .ToDictionary(d => d.DeviceId, StringComparer.Ordinal);
            var deliveries = new Dictionary<string, DeviceDelivery>(StringComparer.Ordinal);
            foreach (var device in _devices.Values)
            {
                deliveries[device.Record.Id] = new DeviceDelivery(stored.TryGetValue(device.Record.Id, out var d) ? d.State : DeliveryState.Queued);
            }

            _alertDeliveries[order.CmdId] = deliveries;
        }

        ArmAlertTimer();
    }

    /// <summary>Devices added to the station while an alert is live are owed it too.</summary>
    private async Task AddAlertDevicesAsync(IReadOnlyList<string> deviceIds)
    {
        var now = _time.GetUtcNow();
        var transitions = new List<AlertDelivery>();
        foreach (var order in _state.State.Alerts)
        {
            var deliveries = _alertDeliveries[order.CmdId];
            foreach (var id in deviceIds.Where(id => !deliveries.ContainsKey(id)))
            {
                deliveries[id] = new DeviceDelivery(DeliveryState.Queued);
                transitions.Add(Delivery(order, id, DeliveryState.Queued, "device added while the alert is live", now));
            }
        }

        await _alertLedger.RecordAsync(transitions);
    }

    private void ArmAlertTimer()
    {
        if (_state.State.Alerts.Count == 0)
        {
            _alertTimer?.Dispose();
            _alertTimer = null;
        }
        else
        {
            _alertTimer ??= this.RegisterGrainTimer(CheckAlertsAsync, _options.AlertResendAfter, _options.AlertResendAfter);
        }
    }
}
