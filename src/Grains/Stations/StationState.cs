using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// What a station grain stores: the settings operators asked for. Live data (heartbeats) stays in
/// memory; online/offline transitions go to the status history.
/// </summary>
public sealed class StationState
{
    public int? DesiredVolume { get; set; }

    public AmpState? DesiredAmp { get; set; }

    /// <summary>Per-device settings that differ from the station's.</summary>
    public Dictionary<string, DeviceSettings> Devices { get; set; } = [];

    /// <summary>Bumped by every settings change; part of the command ids that carry them.</summary>
    public long SettingsVersion { get; set; }

    /// <summary>Alerts on air at this station (stored before the first send, dropped once finished on every device).</summary>
    public List<AlertOrder> Alerts { get; set; } = [];
}
