namespace CommuneRadio.StationSimulator.Province;

public sealed record ProvinceStation(string Id, string? Name, IReadOnlyList<ProvinceDevice>? Devices);
