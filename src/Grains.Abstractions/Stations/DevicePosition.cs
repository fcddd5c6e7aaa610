namespace CommuneRadio.Grains.Stations;

/// <summary>A device's GPS position in degrees.</summary>
[GenerateSerializer, Immutable, Alias("cr.DevicePosition")]
public sealed record DevicePosition([property: Id(0)] double Lat, [property: Id(1)] double Lon);
