using CommuneRadio.Grains.Registry.Validation;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Registry.Stations;

// Devices of a station. Broker accounts are not handled here: see Devices.DeviceEnrollment.
public sealed partial class PostgresStationRegistry
{
    public async Task<RegistryResult> AddDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        device = RegistryText.Normalize(device);
        if (RegistryRules.CheckDevice(device) is { } invalid)
        {
            return invalid;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var find = new NpgsqlCommand("select 1 from stations where id = $1 for share", connection).With(Text(stationId));
        if (await find.ExecuteScalarAsync(cancellationToken) is null)
        {
            return StationNotFound(stationId);
        }

        if (await InsertDevicesAsync(connection, stationId, [device], cancellationToken) == 0)
        {
            return RegistryResult.Conflict("id", $"station '{stationId}' already has a device with id '{device.Id}'");
        }

        await transaction.CommitAsync(cancellationToken);
        return RegistryResult.Ok();
    }

    /// <summary>Replaces the device's name and installation data; <see cref="RegistryResult.Changed"/> is 0 when nothing differed.</summary>
    public async Task<RegistryResult> UpdateDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        device = RegistryText.Normalize(device);
        if (RegistryRules.CheckDevice(device) is { } invalid)
        {
            return invalid;
        }

        await using var command = dataSource.CreateCommand("""
            with target as (select station_id, id from devices where station_id = $1 and id = $2),
                 updated as (
                     update devices d set name = $3, lat = $4, lon = $5, sim = $6, serial = $7, firmware = $8
                     from target t where d.station_id = t.station_id and d.id = t.id
                       and (d.name, d.lat, d.lon, d.sim, d.serial, d.firmware) is distinct from ($3, $4, $5, $6, $7, $8)
                     returning 1)
            select (select count(*) from target), (select count(*) from updated)
            """).With(
            Text(stationId),
            Text(device.Id),
            Text(device.Name),
            Double(device.Gps?.Lat),
            Double(device.Gps?.Lon),
            Text(device.Sim),
            Text(device.Serial),
            Text(device.Firmware));
        var (found, updated) = await ReadCountsAsync(command, cancellationToken);
        return found > 0 ? RegistryResult.Ok((int)updated) : await DeviceNotFoundAsync(stationId, "id", device.Id, cancellationToken);
    }

    public async Task<RegistryResult> RemoveDeviceAsync(string stationId, string deviceId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("delete from devices where station_id = $1 and id = $2")
            .With(Text(stationId), Text(deviceId));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0
            ? RegistryResult.Ok()
            : await DeviceNotFoundAsync(stationId, "deviceId", deviceId, cancellationToken);
    }

    /// <summary>Inserts devices that are not there yet; returns how many were inserted.</summary>
    private static async Task<int> InsertDevicesAsync(
        NpgsqlConnection connection, string stationId, IReadOnlyList<DeviceRecord> devices, CancellationToken cancellationToken)
    {
        if (devices.Count == 0)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand("""
            insert into devices (station_id, id, name, lat, lon, sim, serial, firmware)
            select $1, * from unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::text[], $8::text[])
            on conflict (station_id, id) do nothing
            """, connection).With(
            Text(stationId),
            TextArray(devices.Select(d => d.Id)),
            TextArray(devices.Select(d => d.Name)),
            DoubleArray(devices.Select(d => d.Gps?.Lat)),
            DoubleArray(devices.Select(d => d.Gps?.Lon)),
            TextArray(devices.Select(d => d.Sim)),
            TextArray(devices.Select(d => d.Serial)),
            TextArray(devices.Select(d => d.Firmware)));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<RegistryResult> DeviceNotFoundAsync(string stationId, string field, string deviceId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select 1 from stations where id = $1").With(Text(stationId));
        return await command.ExecuteScalarAsync(cancellationToken) is null
            ? StationNotFound(stationId)
            : RegistryResult.NotFound(field, $"station '{stationId}' has no device with id '{deviceId}'");
    }
}
