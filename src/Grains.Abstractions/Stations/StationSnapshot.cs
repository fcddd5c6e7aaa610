namespace CommuneRadio.Grains.Stations;

/// <summary>A station's roll-up and its devices, at one moment.</summary>
public sealed record StationSnapshot
{
    public required string StationId { get; init; }

    /// <summary>False when the station is not in the registry (then the rest is empty).</summary>
    public required bool Registered { get; init; }

    public string Name { get; init; } = "";

    public string AreaCode { get; init; } = "";

    public required StationHealth Health { get; init; }

    /// <summary>When <see cref="Health"/> last changed.</summary>
    public DateTimeOffset? HealthSince { get; init; }

    public int? DesiredVolume { get; init; }

    public required IReadOnlyList<DeviceSnapshot> Devices { get; init; }

    public int OnlineDevices => Devices.Count(d => d.Online);
}
