using CommuneRadio.Grains.Devices;

namespace CommuneRadio.Grains.Registry.Import;

/// <summary>
/// What an import changed, the credentials of the devices it enrolled (shown once: the system
/// keeps no copy), and the problem it stopped at, if any. An import that stopped part-way may be
/// run again after the file is fixed: what was done is not done twice.
/// </summary>
public sealed record ImportResult(
    int AreasChanged,
    int StationsCreated,
    int StationsChanged,
    int DevicesCreated,
    int DevicesChanged,
    IReadOnlyList<DeviceCredentials> Credentials,
    ProvinceFileProblem? Problem)
{
    public bool Succeeded => Problem is null;

    /// <summary>False when the registry already held everything the file says.</summary>
    public bool ChangedAnything => AreasChanged + StationsCreated + StationsChanged + DevicesCreated + DevicesChanged > 0;
}
