using CommuneRadio.Grains.Devices;

namespace CommuneRadio.Grains.Registry.Import;

/// <summary>Counts kept while one import runs; not shared.</summary>
internal sealed class ImportTally
{
    public int AreasChanged { get; set; }

    public int StationsCreated { get; set; }

    public int StationsChanged { get; set; }

    public int DevicesCreated { get; set; }

    public int DevicesChanged { get; set; }

    public List<DeviceCredentials> Credentials { get; } = [];

    public ImportResult Result(ProvinceFileProblem? problem) =>
        new(AreasChanged, StationsCreated, StationsChanged, DevicesCreated, DevicesChanged, Credentials, problem);
}
