using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// One commune radio station (key: station id) and its speaker clusters: live status from
/// heartbeats and status messages, the desired volume and amplifier state, and the commands that
/// bring devices into line. The gateway feeds it; the API reads it.
/// </summary>
public interface IStationGrain : IGrainWithStringKey
{
    /// <summary>A heartbeat from one of the station's devices.</summary>
    Task<IngestOutcome> HeartbeatAsync(DeviceHeartbeat heartbeat);

    /// <summary>A device's status topic: <c>online</c> after connecting, <c>offline</c> from its Last Will or a clean disconnect.</summary>
    Task<IngestOutcome> DeviceStatusAsync(DeviceStatusReport report);

    /// <summary>A device's acknowledgement of a command.</summary>
    Task<IngestOutcome> AckAsync(DeviceAckReport ack);

    /// <summary>The station's roll-up and every device, as the dashboard shows them.</summary>
    Task<StationSnapshot> GetSnapshotAsync();

    /// <summary>
    /// Sets the volume an operator wants, for the whole station (<paramref name="deviceId"/> null)
    /// or one device; online devices are told at once, others when they come back.
    /// </summary>
    Task<SettingOutcome> SetDesiredVolumeAsync(int volume, string? deviceId);

    /// <summary>Sets the amplifier state an operator wants, for the station or one device.</summary>
    Task<SettingOutcome> SetDesiredAmpAsync(bool on, string? deviceId);

    /// <summary>
    /// Puts an alert on air at this station: stored, sent to the station's devices, resent to each
    /// until it acknowledges or the alert expires. Asking again with the same cmdId changes nothing;
    /// a new cmdId for the same alert replaces its content (an Update). Answers the number of devices.
    /// </summary>
    Task<int> StartAlertAsync(AlertOrder order);

    /// <summary>Cancels an alert here: devices are told to stop it, and those that had not finished it are marked cancelled.</summary>
    Task StopAlertAsync(string alertId);

    /// <summary>The registry changed (devices added or removed, station renamed or moved): read it again.</summary>
    Task RefreshRegistrationAsync();
}
