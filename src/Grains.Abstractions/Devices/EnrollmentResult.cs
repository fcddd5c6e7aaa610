using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Devices;

/// <summary>
/// The registry outcome and the credentials created (shown once). For a batch, the credentials of
/// the devices enrolled before a refusal, and <see cref="RefusedIndex"/>: the position, in the list
/// given, of the device refused.
/// </summary>
public sealed record EnrollmentResult(RegistryResult Registry, IReadOnlyList<DeviceCredentials> Credentials)
{
    public int? RefusedIndex { get; init; }
}
