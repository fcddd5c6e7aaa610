namespace CommuneRadio.Grains.Registry;

/// <summary>A commune radio station as registered, with its devices.</summary>
public sealed record StationRecord(string Id, string Name, string AreaCode, IReadOnlyList<DeviceRecord> Devices);
