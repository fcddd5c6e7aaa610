using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Devices;

/// <summary>The registry outcome and, on success, the credentials created (shown once).</summary>
public sealed record EnrollmentResult(RegistryResult Registry, IReadOnlyList<DeviceCredentials> Credentials);
