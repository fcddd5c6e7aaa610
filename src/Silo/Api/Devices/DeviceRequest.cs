using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Silo.Api.Devices;

/// <summary>Body of POST /api/stations/{id}/devices and PUT .../devices/{deviceId}.</summary>
public sealed record DeviceRequest(string? Id, string? Name, GpsPosition? Gps, string? Sim, string? Serial, string? Firmware);
