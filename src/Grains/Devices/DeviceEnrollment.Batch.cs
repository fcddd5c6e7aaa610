using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Registry.Validation;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Devices;

/// <summary>Enrolling many devices of a station at once (import): one broker request for all their accounts.</summary>
public sealed partial class DeviceEnrollment
{
    public async Task<EnrollmentResult> EnrollManyAsync(string stationId, IReadOnlyList<DeviceRecord> devices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var enrolled = new List<DeviceCredentials>(devices.Count);
        RegistryResult? refused = null;
        int? refusedAt = null;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var station = await registry.GetAsync(stationId, cancellationToken);
            if (station is null)
            {
                return Refused(RegistryResult.NotFound("stationId", $"no station has id '{stationId}'")) with { RefusedIndex = 0 };
            }

            // Checked before the broker is touched, as for one device; the batch is the devices
            // before the first refusal.
            var taken = station.Devices.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var batch = new List<DeviceRecord>(devices.Count);
            foreach (var device in devices.Select(RegistryText.Normalize))
            {
                refused = RegistryRules.CheckDevice(device)
                    ?? (taken.Add(device.Id) ? null : RegistryResult.Conflict("id", $"station '{stationId}' already has a device with id '{device.Id}'"));
                if (refused is not null)
                {
                    refusedAt = batch.Count;
                    break;
                }

                batch.Add(device);
            }

            var addresses = batch.Select(d => new DeviceAddress(stationId, d.Id)).ToList();
            var credentials = addresses.Count == 0 ? [] : await ProvisionManyAsync(addresses, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                RegistryResult added;
                try
                {
                    added = await registry.AddDeviceAsync(stationId, batch[i], cancellationToken);
                }
                catch (Exception e)
                {
                    LogRegistryFailed(logger, e, addresses[i]);
                    await RevokeUnregisteredAsync(addresses[i..]);
                    throw new EnrollmentFailedException(
                        $"Registering device {addresses[i]} failed after {i} of {batch.Count} devices of the batch: {e.Message}", enrolled, e);
                }

                if (added.Status != RegistryStatus.Ok)
                {
                    await RevokeUnregisteredAsync(addresses[i..]);
                    (refused, refusedAt) = (added, i);
                    break;
                }

                enrolled.Add(credentials[i]);
            }
        }
        finally
        {
            _gate.Release();
        }

        if (enrolled.Count > 0)
        {
            LogEnrolledMany(logger, enrolled.Count, stationId);
            await notifier.TryNotifyAsync(stationId, logger, cancellationToken);
        }

        return new EnrollmentResult(refused ?? RegistryResult.Ok(enrolled.Count), enrolled) { RefusedIndex = refusedAt };
    }

    private async Task<IReadOnlyList<DeviceCredentials>> ProvisionManyAsync(IReadOnlyList<DeviceAddress> addresses, CancellationToken cancellationToken)
    {
        try
        {
            return await broker.ProvisionAsync(addresses, cancellationToken);
        }
        catch (Exception e)
        {
            // Some accounts may have been made; none of these devices is registered, so none may stay.
            foreach (var address in addresses)
            {
                LogProvisionFailed(logger, e, address);
            }

            await RevokeUnregisteredAsync(addresses);
            throw;
        }
    }

    [LoggerMessage(7, LogLevel.Information, "{Count} devices of station {StationId} enrolled with new broker accounts")]
    private static partial void LogEnrolledMany(ILogger logger, int count, string stationId);
}
