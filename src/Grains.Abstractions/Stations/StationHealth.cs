namespace CommuneRadio.Grains.Stations;

/// <summary>A station's roll-up of its devices.</summary>
[GenerateSerializer, Alias("cr.StationHealth")]
public enum StationHealth
{
    /// <summary>No device online (or no devices).</summary>
    Down,

    /// <summary>Some devices online, some not.</summary>
    Degraded,

    /// <summary>Every device online.</summary>
    Up,
}
