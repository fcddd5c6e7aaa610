namespace CommuneRadio.Grains.Stations;

/// <summary>A device's acknowledgement of a command (by its <see cref="CmdId"/>) and when the gateway received it.</summary>
[GenerateSerializer, Immutable, Alias("cr.DeviceAckReport")]
public sealed record DeviceAckReport(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] DateTimeOffset ReceivedAt,
    [property: Id(2)] string CmdId,
    [property: Id(3)] DeviceAckState State,
    [property: Id(4)] string? Reason);
