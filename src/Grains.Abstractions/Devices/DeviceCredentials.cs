namespace CommuneRadio.Grains.Devices;

/// <summary>
/// What a device needs to connect: its MQTT username, client id and password. The password is
/// shown once, when created or reset; the system keeps no copy of it.
/// </summary>
public sealed record DeviceCredentials(string StationId, string DeviceId, string Username, string ClientId, string Password);
