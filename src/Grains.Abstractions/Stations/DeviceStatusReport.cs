namespace CommuneRadio.Grains.Stations;

/// <summary>A device's status message (<c>online</c>/<c>offline</c>, also its Last Will); <see cref="Retained"/> when the broker replayed a stored one.</summary>
[GenerateSerializer, Immutable, Alias("cr.DeviceStatusReport")]
public sealed record DeviceStatusReport(
    [property: Id(0)] string DeviceId,
    [property: Id(1)] DateTimeOffset ReceivedAt,
    [property: Id(2)] bool Online,
    [property: Id(3)] bool Retained);
