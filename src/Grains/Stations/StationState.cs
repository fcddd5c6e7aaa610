using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// What a station grain stores: the settings operators asked for. Live data (heartbeats) stays in
/// memory; online/offline transitions go to the status history.
/// </summary>
[GenerateSerializer, Alias("cr.StationState")]
public sealed class StationState
{
    [Id(0)] public int? DesiredVolume { get; set; }

    [Id(1)] public DeviceAmp? DesiredAmp { get; set; }

    /// <summary>Per-device settings that differ from the station's.</summary>
    [Id(2)] public Dictionary<string, DeviceSettings> Devices { get; set; } = [];

    /// <summary>Bumped by every settings change; part of the command ids that carry them.</summary>
    [Id(3)] public long SettingsVersion { get; set; }

    /// <summary>Alerts on air at this station (stored before the first send, dropped once finished on every device).</summary>
    [Id(4)] public List<AlertOrder> Alerts { get; set; } = [];
}
