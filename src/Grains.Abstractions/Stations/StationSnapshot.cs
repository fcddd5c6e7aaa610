namespace CommuneRadio.Grains.Stations;

/// <summary>A station's roll-up and its devices, at one moment.</summary>
[GenerateSerializer, Immutable, Alias("cr.StationSnapshot")]
public sealed record StationSnapshot
{
    [Id(0)] public required string StationId { get; init; }

    /// <summary>False when the station is not in the registry (then the rest is empty).</summary>
    [Id(1)] public required bool Registered { get; init; }

    [Id(2)] public string Name { get; init; } = "";

    [Id(3)] public string AreaCode { get; init; } = "";

    [Id(4)] public required StationHealth Health { get; init; }

    /// <summary>When <see cref="Health"/> last changed.</summary>
    [Id(5)] public DateTimeOffset? HealthSince { get; init; }

    [Id(6)] public int? DesiredVolume { get; init; }

    [Id(7)] public required IReadOnlyList<DeviceSnapshot> Devices { get; init; }

    public int OnlineDevices => Devices.Count(d => d.Online);
}
