using CommuneRadio.DeviceProtocol;

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

        var payload = heartbeat.Payload;
        if (!device.Boot.Accept(heartbeat.ReceivedAt, payload.UptimeS, payload.Seq, _options.RestartTolerance))
        {
            return IngestOutcome.Duplicate;
        }

        device.Last = payload;
        Seen(device, heartbeat.ReceivedAt);

        // The gateway reads over several connections, so a heartbeat read before the device's
        // offline status can reach the grain after it: it does not bring a device back that went
        // offline later than it was read.
        if (!device.Online && !(device.Since is { } offlineSince && heartbeat.ReceivedAt < offlineSince))
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

        if (report.Status == DeviceConnectionStatus.Online)
        {
            Seen(device, report.ReceivedAt);
            if (!device.Online && !(device.Since is { } offlineSince && report.ReceivedAt < offlineSince))
            {
                await SetOnlineAsync([device], true, report.ReceivedAt, report.Retained ? "status online (retained)" : "connected");
            }
        }
        else if (device.Online)
        {
            await SetOnlineAsync([device], false, report.ReceivedAt, report.Retained ? "status offline (retained)" : "disconnected or last will");
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
        if (!await SettleAlertAsync(device, ack.Ack, ack.ReceivedAt))
        {
            SettleCorrection(device, ack.Ack);
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
