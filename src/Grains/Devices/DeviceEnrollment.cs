using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Registry.Validation;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Devices;

/// <summary>
/// Registry and broker accounts kept in step. Order is chosen so a failure never leaves a
/// registered device without an account nor an account without a registered device:
/// <list type="bullet">
/// <item>enrol: check, provision the account, register; if registering fails, revoke the account;</item>
/// <item>remove: revoke the account, then unregister (a failure in between leaves a registered
/// device that cannot connect; removing again finishes the job);</item>
/// <item>enrol many (import): the same, with one broker call for all the station's new devices;</item>
/// <item>reset: one broker call for all the station's devices (the broker rewrites its
/// configuration per call).</item>
/// </list>
/// Operations run one at a time in this process, so two enrolments of one id can never reset or
/// revoke each other's account; one process (the active Silo) enrols. Thread-safe singleton.
/// </summary>
public sealed partial class DeviceEnrollment(
    IStationRegistry registry, IBrokerAccounts broker, IStationNotifier notifier, ILogger<DeviceEnrollment> logger)
    : IDeviceEnrollment, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<EnrollmentResult> EnrollAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        device = RegistryText.Normalize(device);
        if (RegistryRules.CheckDevice(device) is { } invalid)
        {
            return Refused(invalid);
        }

        var address = new DeviceAddress(stationId, device.Id);
        IReadOnlyList<DeviceCredentials> credentials;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Checked before the broker is touched: provisioning an existing id would give the
            // working device a new password, and undoing it would revoke that device's account.
            var station = await registry.GetAsync(stationId, cancellationToken);
            if (station is null)
            {
                return Refused(RegistryResult.NotFound("stationId", $"no station has id '{stationId}'"));
            }

            if (station.Devices.Any(d => d.Id == device.Id))
            {
                return Refused(RegistryResult.Conflict("id", $"station '{stationId}' already has a device with id '{device.Id}'"));
            }

            credentials = await ProvisionAsync(address, cancellationToken);
            RegistryResult added;
            try
            {
                added = await registry.AddDeviceAsync(stationId, device, cancellationToken);
            }
            catch (Exception e)
            {
                LogRegistryFailed(logger, e, address);
                await RevokeUnregisteredAsync(address);
                throw;
            }

            if (added.Status != RegistryStatus.Ok)
            {
                await RevokeUnregisteredAsync(address);
                return Refused(added);
            }
        }
        finally
        {
            _gate.Release();
        }

        LogEnrolled(logger, address);
        await notifier.TryNotifyAsync(stationId, logger, cancellationToken);
        return new EnrollmentResult(RegistryResult.Ok(), credentials);
    }

    public async Task<EnrollmentResult> ResetCredentialsAsync(
        string stationId, IReadOnlyCollection<string>? deviceIds = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var station = await registry.GetAsync(stationId, cancellationToken);
            if (station is null)
            {
                return Refused(RegistryResult.NotFound("stationId", $"no station has id '{stationId}'"));
            }

            var registered = station.Devices.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var ids = deviceIds?.Distinct(StringComparer.Ordinal).ToList() ?? [.. registered];
            if (ids.FirstOrDefault(id => !registered.Contains(id)) is { } unknown)
            {
                return Refused(RegistryResult.NotFound("deviceIds", $"station '{stationId}' has no device with id '{unknown}'"));
            }

            if (ids.Count == 0)
            {
                return new EnrollmentResult(RegistryResult.Ok(0), []);
            }

            var credentials = await broker.ProvisionAsync(ids.Select(id => new DeviceAddress(stationId, id)).ToList(), cancellationToken);
            LogReset(logger, ids.Count, stationId);
            return new EnrollmentResult(RegistryResult.Ok(ids.Count), credentials);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<RegistryResult> RemoveAsync(string stationId, string deviceId, CancellationToken cancellationToken = default)
    {
        var address = new DeviceAddress(stationId, deviceId);
        RegistryResult removed;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var station = await registry.GetAsync(stationId, cancellationToken);
            if (station is null)
            {
                return RegistryResult.NotFound("stationId", $"no station has id '{stationId}'");
            }

            if (!station.Devices.Any(d => d.Id == deviceId))
            {
                return RegistryResult.NotFound("deviceId", $"station '{stationId}' has no device with id '{deviceId}'");
            }

            await broker.RevokeAsync([address], cancellationToken);

            // The account is gone: finish the removal even if the caller gives up now.
            removed = await registry.RemoveDeviceAsync(stationId, deviceId, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }

        LogRemoved(logger, address);
        await notifier.TryNotifyAsync(stationId, logger, cancellationToken);
        return removed;
    }

    public void Dispose() => _gate.Dispose();

    private async Task<IReadOnlyList<DeviceCredentials>> ProvisionAsync(DeviceAddress address, CancellationToken cancellationToken)
    {
        try
        {
            return await broker.ProvisionAsync([address], cancellationToken);
        }
        catch (Exception e)
        {
            // The account may have been half made; the device is not registered, so none may stay.
            LogProvisionFailed(logger, e, address);
            await RevokeUnregisteredAsync(address);
            throw;
        }
    }

    /// <summary>Undoes a provisioning; runs to the end even when the caller gave up (that may be why we are here).</summary>
    private Task RevokeUnregisteredAsync(DeviceAddress address) => RevokeUnregisteredAsync([address]);

    /// <inheritdoc cref="RevokeUnregisteredAsync(DeviceAddress)"/>
    private async Task RevokeUnregisteredAsync(IReadOnlyList<DeviceAddress> addresses)
    {
        if (addresses.Count == 0)
        {
            return;
        }

        try
        {
            await broker.RevokeAsync(addresses, CancellationToken.None);
        }
        catch (Exception e)
        {
            foreach (var address in addresses)
            {
                LogOrphanAccount(logger, e, address);
            }
        }
    }

    private static EnrollmentResult Refused(RegistryResult result) => new(result, []);

    [LoggerMessage(1, LogLevel.Information, "Device {Device} enrolled with a new broker account")]
    private static partial void LogEnrolled(ILogger logger, DeviceAddress device);

    [LoggerMessage(2, LogLevel.Information, "Device {Device} removed and its broker account revoked")]
    private static partial void LogRemoved(ILogger logger, DeviceAddress device);

    [LoggerMessage(3, LogLevel.Information, "New passwords for {Count} devices of station {StationId}")]
    private static partial void LogReset(ILogger logger, int count, string stationId);

    [LoggerMessage(4, LogLevel.Warning, "Provisioning the broker account of {Device} failed; nothing was registered")]
    private static partial void LogProvisionFailed(ILogger logger, Exception exception, DeviceAddress device);

    [LoggerMessage(5, LogLevel.Warning, "Registering device {Device} failed after its broker account was made; revoking the account")]
    private static partial void LogRegistryFailed(ILogger logger, Exception exception, DeviceAddress device);

    [LoggerMessage(6, LogLevel.Error, "Broker account {Device} could not be revoked and has no registered device; revoke it by hand")]
    private static partial void LogOrphanAccount(ILogger logger, Exception exception, DeviceAddress device);

}
