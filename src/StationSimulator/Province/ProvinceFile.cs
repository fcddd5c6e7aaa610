namespace CommuneRadio.StationSimulator.Province;

/// <summary>
/// The part of a province file (samples/province, the Silo's import format) the simulator uses:
/// stations and their devices. Areas and unknown fields are ignored.
/// </summary>
public sealed record ProvinceFile(IReadOnlyList<ProvinceStation> Stations)
{
    public int DeviceCount => Stations.Sum(s => s.Devices?.Count ?? 0);

    /// <summary>The first <paramref name="count"/> stations, or all when null.</summary>
    public ProvinceFile Take(int? count) => count is { } n ? new ProvinceFile([.. Stations.Take(n)]) : this;
}
