namespace CommuneRadio.StationSimulator.Province;

/// <summary>The outcome of starting a province: how many came online, which the broker refused and why, and how long it took.</summary>
public sealed record ProvinceStartResult(int Online, IReadOnlyList<RefusedDevice> Refused, TimeSpan Elapsed);
