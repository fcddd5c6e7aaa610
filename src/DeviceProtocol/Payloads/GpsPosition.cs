namespace CommuneRadio.DeviceProtocol;

/// <summary>WGS 84 position in decimal degrees.</summary>
public sealed record GpsPosition(double Lat, double Lon);
