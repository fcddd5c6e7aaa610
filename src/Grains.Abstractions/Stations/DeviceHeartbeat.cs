namespace CommuneRadio.Grains.Stations;

/// <summary>
/// A validated heartbeat, flattened from the device protocol by the gateway, and when the gateway
/// received it (system clock, not the device's). <see cref="SentAt"/> is the device's own clock.
/// </summary>
[GenerateSerializer, Immutable, Alias("cr.DeviceHeartbeat")]
public sealed record DeviceHeartbeat
{
    [Id(0)] public required string DeviceId { get; init; }

    [Id(1)] public required DateTimeOffset ReceivedAt { get; init; }

    [Id(2)] public required long Seq { get; init; }

    [Id(3)] public required long UptimeS { get; init; }

    [Id(4)] public required int Volume { get; init; }

    [Id(5)] public required DevicePlayback State { get; init; }

    [Id(6)] public string? ItemId { get; init; }

    [Id(7)] public int? Rssi { get; init; }

    [Id(8)] public string? Firmware { get; init; }

    [Id(9)] public DevicePosition? Gps { get; init; }

    [Id(10)] public DeviceAmp? Amp { get; init; }

    [Id(11)] public long? ScheduleVersion { get; init; }

    [Id(12)] public DateTimeOffset? SentAt { get; init; }
}
