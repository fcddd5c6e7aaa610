namespace CommuneRadio.Bench.Common;

/// <summary>One generated station: ids, Vietnamese names, device ids and (when made) their passwords.</summary>
internal sealed record BenchStation(string Id, string Name, string AreaCode, string AreaName, IReadOnlyList<string> DeviceIds, IReadOnlyList<string> Passwords);
