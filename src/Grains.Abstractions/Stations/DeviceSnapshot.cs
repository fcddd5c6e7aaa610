namespace CommuneRadio.Grains.Stations;

/// <summary>One speaker cluster as the dashboard shows it. Reported values are null until the first heartbeat.</summary>
[GenerateSerializer, Immutable, Alias("cr.DeviceSnapshot")]
public sealed record DeviceSnapshot
{
    [Id(0)] public required string DeviceId { get; init; }

    [Id(1)] public required string Name { get; init; }

    [Id(2)] public required bool Online { get; init; }

    /// <summary>When the device last went online or offline (null: never seen).</summary>
    [Id(3)] public DateTimeOffset? Since { get; init; }

    [Id(4)] public DateTimeOffset? LastSeen { get; init; }

    [Id(5)] public int? Volume { get; init; }

    [Id(6)] public int? DesiredVolume { get; init; }

    [Id(7)] public DeviceAmp? Amp { get; init; }

    [Id(8)] public DeviceAmp? DesiredAmp { get; init; }

    [Id(9)] public DevicePlayback? State { get; init; }

    [Id(10)] public string? ItemId { get; init; }

    [Id(11)] public int? Rssi { get; init; }

    [Id(12)] public string? Firmware { get; init; }

    [Id(13)] public DevicePosition? Gps { get; init; }

    [Id(14)] public long? ScheduleVersion { get; init; }
}
