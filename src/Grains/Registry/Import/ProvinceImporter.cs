using CommuneRadio.Grains.Devices;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Registry.Import;

/// <summary>
/// Applies a <see cref="ProvinceFile"/>: areas upserted in one transaction, then each station
/// created or renamed/moved, its new devices enrolled together (so they get broker accounts, in one
/// broker request per station) and its changed devices updated. Idempotent: a second import of the same file changes nothing and
/// creates no credentials. Never removes: stations and devices missing from the file stay.
/// Stops at the first refusal, naming file, line and field, and still returns the credentials
/// made until then. Thread-safe; imports should not run concurrently with each other.
/// </summary>
public sealed partial class ProvinceImporter(
    IAreaRegistry areas,
    IStationRegistry stations,
    IDeviceEnrollment enrollment,
    IStationNotifier notifier,
    ILogger<ProvinceImporter> logger)
{
    public async Task<ImportResult> ImportAsync(ProvinceFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var tally = new ImportTally();
        var upserted = await areas.UpsertAsync(file.Areas, cancellationToken);
        if (upserted.Status != RegistryStatus.Ok)
        {
            return Stopped(file, tally, Locate(file, "", upserted));
        }

        tally.AreasChanged = upserted.Changed;
        for (var i = 0; i < file.Stations.Count; i++)
        {
            ProvinceFileProblem? problem;
            try
            {
                problem = await ImportStationAsync(file, i, tally, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep what was enrolled so far: those passwords exist nowhere else.
                LogStationFailed(logger, e, file.Stations[i].Id);
                problem = file.Locate($"stations[{i}].id", $"import of this station failed: {e.Message}");
            }

            if (problem is not null)
            {
                return Stopped(file, tally, problem);
            }
        }

        var result = tally.Result(null);
        LogImported(logger, file.Name, result.AreasChanged, result.StationsCreated, result.StationsChanged, result.DevicesCreated, result.DevicesChanged);
        return result;
    }

    private async Task<ProvinceFileProblem?> ImportStationAsync(ProvinceFile file, int index, ImportTally tally, CancellationToken cancellationToken)
    {
        var station = file.Stations[index];
        var prefix = $"stations[{index}].";
        var stored = await stations.GetAsync(station.Id, cancellationToken);
        var changed = false;
        if (stored is null)
        {
            stored = station with { Devices = [] };
            if (Refused(await stations.CreateAsync(stored, cancellationToken)) is { } refused)
            {
                return Locate(file, prefix, refused);
            }

            tally.StationsCreated++;
        }
        else
        {
            if (stored.Name != station.Name)
            {
                if (Refused(await stations.RenameAsync(station.Id, station.Name, cancellationToken)) is { } refused)
                {
                    return Locate(file, prefix, refused);
                }

                changed = true;
            }

            if (stored.AreaCode != station.AreaCode)
            {
                if (Refused(await stations.MoveAsync(station.Id, station.AreaCode, cancellationToken)) is { } refused)
                {
                    return Locate(file, prefix, refused);
                }

                changed = true;
            }

            tally.StationsChanged += changed ? 1 : 0;
        }

        // New devices are enrolled together (one broker request for the station), changed ones updated.
        var storedDevices = stored.Devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var fresh = Enumerable.Range(0, station.Devices.Count).Where(j => !storedDevices.ContainsKey(station.Devices[j].Id)).ToList();
        if (fresh.Count > 0)
        {
            EnrollmentResult enrolled;
            try
            {
                enrolled = await enrollment.EnrollManyAsync(station.Id, fresh.Select(j => station.Devices[j]).ToList(), cancellationToken);
            }
            catch (EnrollmentFailedException e)
            {
                tally.Credentials.AddRange(e.Enrolled);
                tally.DevicesCreated += e.Enrolled.Count;
                throw;
            }

            tally.Credentials.AddRange(enrolled.Credentials);
            tally.DevicesCreated += enrolled.Credentials.Count;
            if (Refused(enrolled.Registry) is { } refused)
            {
                return Locate(file, $"{prefix}devices[{fresh[enrolled.RefusedIndex ?? 0]}].", refused, prefix);
            }
        }

        for (var j = 0; j < station.Devices.Count; j++)
        {
            var device = station.Devices[j];
            if (storedDevices.TryGetValue(device.Id, out var storedDevice) && storedDevice != device)
            {
                if (Refused(await stations.UpdateDeviceAsync(station.Id, device, cancellationToken)) is { } refused)
                {
                    return Locate(file, $"{prefix}devices[{j}].", refused, prefix);
                }

                tally.DevicesChanged++;
                changed = true;
            }
        }

        if (changed)
        {
            await notifier.TryNotifyAsync(station.Id, logger, cancellationToken);
        }

        return null;
    }

    private ImportResult Stopped(ProvinceFile file, ImportTally tally, ProvinceFileProblem problem)
    {
        LogStopped(logger, file.Name, problem.ToString(), tally.Credentials.Count);
        return tally.Result(problem);
    }

    private static RegistryResult? Refused(RegistryResult? result) => result is { Status: not RegistryStatus.Ok } ? result : null;

    /// <summary>The registry names fields of the record it was given; the file needs the path of that record in it.</summary>
    private static ProvinceFileProblem Locate(ProvinceFile file, string prefix, RegistryResult refused, string? stationPrefix = null)
    {
        var field = refused.Field == "stationId" ? (stationPrefix ?? prefix) + "id" : prefix + refused.Field;
        return file.Locate(field, refused.Problem ?? refused.Status.ToString());
    }

    [LoggerMessage(1, LogLevel.Information,
        "Imported {File}: {AreasChanged} areas added or changed, {StationsCreated} stations created, {StationsChanged} changed, {DevicesCreated} devices enrolled, {DevicesChanged} changed")]
    private static partial void LogImported(
        ILogger logger, string file, int areasChanged, int stationsCreated, int stationsChanged, int devicesCreated, int devicesChanged);

    [LoggerMessage(2, LogLevel.Warning, "Import of {File} stopped at {Problem}; {Enrolled} devices were enrolled before it")]
    private static partial void LogStopped(ILogger logger, string file, string problem, int enrolled);

    [LoggerMessage(3, LogLevel.Error, "Import of station {StationId} failed")]
    private static partial void LogStationFailed(ILogger logger, Exception exception, string stationId);
}
