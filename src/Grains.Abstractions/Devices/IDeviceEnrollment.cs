using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Devices;

/// <summary>
/// Adds and removes devices together with their broker accounts, and tells the station grain.
/// A device is never registered without an account, nor an account left behind a removed device.
/// </summary>
public interface IDeviceEnrollment
{
    /// <summary>Registers the device and creates its account; the result carries the one-time password.</summary>
    Task<EnrollmentResult> EnrollAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default);

    /// <summary>Gives the listed devices of a station new passwords (all its devices when <paramref name="deviceIds"/> is null).</summary>
    Task<EnrollmentResult> ResetCredentialsAsync(string stationId, IReadOnlyCollection<string>? deviceIds = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes the account, then removes the device from the registry.</summary>
    Task<RegistryResult> RemoveAsync(string stationId, string deviceId, CancellationToken cancellationToken = default);
}
