using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Province;

public sealed record ProvinceDevice(string Id, string? Name, GpsPosition? Gps, string? Firmware);
