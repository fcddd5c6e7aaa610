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

    /// <summary>
    /// Registers new devices of one station, with one broker request for all their accounts
    /// (enrolling one by one costs a broker round trip, and a rewrite of its account file, per
    /// device). Stops at the first device refused — invalid, or an id the station already has —
    /// after enrolling the ones before it; the result names its position. When the broker fails,
    /// nothing is enrolled and its exception is thrown; when the registry fails midway,
    /// <see cref="EnrollmentFailedException"/> carries the devices enrolled before.
    /// </summary>
    Task<EnrollmentResult> EnrollManyAsync(string stationId, IReadOnlyList<DeviceRecord> devices, CancellationToken cancellationToken = default);

    /// <summary>Gives the listed devices of a station new passwords (all its devices when <paramref name="deviceIds"/> is null).</summary>
    Task<EnrollmentResult> ResetCredentialsAsync(string stationId, IReadOnlyCollection<string>? deviceIds = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes the account, then removes the device from the registry.</summary>
    Task<RegistryResult> RemoveAsync(string stationId, string deviceId, CancellationToken cancellationToken = default);
}
