namespace CommuneRadio.Grains.Stations;

/// <summary>Device messages arriving through the gateway.</summary>
public sealed partial class StationGrain
{
    public async Task<IngestOutcome> HeartbeatAsync(DeviceHeartbeat heartbeat)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        if (Find(heartbeat.DeviceId, out var device) is { } rejected)
        {
            return rejected;
        }

        if (!device.Boot.Accept(heartbeat.ReceivedAt, heartbeat.UptimeS, heartbeat.Seq, _options.RestartTolerance))
        {
            return IngestOutcome.Duplicate;
        }

        device.Last = heartbeat;
        Seen(device, heartbeat.ReceivedAt);

        // The gateway reads over several connections, so a heartbeat the device sent just before
        // its link died can reach the grain after the Will, with a later read time. A heartbeat
        // therefore brings back only a device that went quiet, never one whose link the broker
        // reported down: that one returns with the `online` it publishes first on every connect.
        if (!device.Online && !device.LinkDown)
        {
            await SetOnlineAsync([device], true, heartbeat.ReceivedAt, "heartbeat");
        }

        await CorrectAsync(device, heartbeat.ReceivedAt);
        return IngestOutcome.Accepted;
    }

    public async Task<IngestOutcome> DeviceStatusAsync(DeviceStatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Find(report.DeviceId, out var device) is { } rejected)
        {
            return rejected;
        }

        // An `online` read before the device's `offline` but handled after it (another gateway
        // connection or silo) is the connect before that disconnect: it changes nothing.
        if (report.Online)
        {
            Seen(device, report.ReceivedAt);
            if (!device.Online && !(device.Since is { } offlineSince && report.ReceivedAt < offlineSince))
            {
                device.LinkDown = false;
                await SetOnlineAsync([device], true, report.ReceivedAt, report.Retained ? "status online (retained)" : "connected");
            }
        }
        else
        {
            device.LinkDown = true;
            if (device.Online)
            {
                await SetOnlineAsync([device], false, report.ReceivedAt, report.Retained ? "status offline (retained)" : "disconnected or last will");
            }
        }

        return IngestOutcome.Accepted;
    }

    public async Task<IngestOutcome> AckAsync(DeviceAckReport ack)
    {
        ArgumentNullException.ThrowIfNull(ack);
        if (Find(ack.DeviceId, out var device) is { } rejected)
        {
            return rejected;
        }

        Seen(device, ack.ReceivedAt);
        if (!await SettleAlertAsync(device, ack, ack.ReceivedAt))
        {
            SettleCorrection(device, ack);
        }

        return IngestOutcome.Accepted;
    }

    private IngestOutcome? Find(string deviceId, out LiveDevice device)
    {
        device = null!;
        if (_registration is null)
        {
            return IngestOutcome.UnknownStation;
        }

        return _devices.TryGetValue(deviceId, out device!) ? null : IngestOutcome.UnknownDevice;
    }

    private void Seen(LiveDevice device, DateTimeOffset at)
    {
        if (device.LastSeen is null || at > device.LastSeen)
        {
            device.LastSeen = at;
        }
    }
}
