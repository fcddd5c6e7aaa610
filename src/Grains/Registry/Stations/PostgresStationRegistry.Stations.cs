using CommuneRadio.Grains.Registry.Validation;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Registry.Stations;

// Creating, renaming and moving stations.
public sealed partial class PostgresStationRegistry
{
    /// <summary>
    /// Registers a station in a current (not retired) area. Devices given here are registered
    /// without broker accounts: add devices through <see cref="Devices.IDeviceEnrollment"/> instead.
    /// </summary>
    public async Task<RegistryResult> CreateAsync(StationRecord station, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(station);
        station = RegistryText.Normalize(station);
        if (RegistryRules.CheckStation(station) is { } invalid)
        {
            return invalid;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await CheckAreaAsync(connection, station.AreaCode, cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var insert = new NpgsqlCommand(
            "insert into stations (id, name, area_code) values ($1, $2, $3) on conflict (id) do nothing", connection)
            .With(Text(station.Id), Text(station.Name), Text(station.AreaCode));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return RegistryResult.Conflict("id", $"a station with id '{station.Id}' already exists");
        }

        await InsertDevicesAsync(connection, station.Id, station.Devices, cancellationToken);
        await StationMoves.OpenAsync(connection, station.Id, station.AreaCode, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, station.Id, station.AreaCode, station.Devices.Count);
        return RegistryResult.Ok();
    }

    /// <summary>Changes the name; <see cref="RegistryResult.Changed"/> is 0 when it already had it.</summary>
    public async Task<RegistryResult> RenameAsync(string stationId, string name, CancellationToken cancellationToken = default)
    {
        name = RegistryText.Required(name);
        if (RegistryRules.Name("name", name) is { } invalid)
        {
            return invalid;
        }

        await using var command = dataSource.CreateCommand("""
            with target as (select id, name from stations where id = $1),
                 renamed as (update stations s set name = $2, updated_at = now() from target t
                             where s.id = t.id and t.name <> $2 returning 1)
            select (select count(*) from target), (select count(*) from renamed)
            """).With(Text(stationId), Text(name));
        var (found, renamed) = await ReadCountsAsync(command, cancellationToken);
        return found == 0 ? StationNotFound(stationId) : RegistryResult.Ok((int)renamed);
    }

    /// <summary>
    /// Moves the station to a current area; its id and devices stay and its area history records
    /// the move. <see cref="RegistryResult.Changed"/> is 0 when it is already there.
    /// </summary>
    public async Task<RegistryResult> MoveAsync(string stationId, string areaCode, CancellationToken cancellationToken = default)
    {
        if (RegistryRules.Id("areaCode", areaCode) is { } invalid)
        {
            return invalid;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await CheckAreaAsync(connection, areaCode, cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var find = new NpgsqlCommand("select 1 from stations where id = $1 for update", connection).With(Text(stationId));
        if (await find.ExecuteScalarAsync(cancellationToken) is null)
        {
            return StationNotFound(stationId);
        }

        var moved = await StationMoves.MoveStationAsync(connection, stationId, areaCode, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (moved > 0)
        {
            LogMoved(logger, stationId, areaCode);
        }

        return RegistryResult.Ok(moved);
    }

    /// <summary>
    /// Refuses unknown and retired areas. The row lock makes a concurrent merge of that area wait
    /// for this transaction (or this one see the area retired), so no station lands in a retired area.
    /// </summary>
    private static async Task<RegistryResult?> CheckAreaAsync(NpgsqlConnection connection, string areaCode, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select merged_into from areas where code = $1 for share", connection)
            .With(Text(areaCode));
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            null => RegistryResult.Invalid("areaCode", $"no area has code '{areaCode}'"),
            string mergedInto => RegistryResult.Invalid("areaCode", $"area '{areaCode}' was merged into '{mergedInto}'; use that code"),
            _ => null,
        };
    }

    private static async Task<(long, long)> ReadCountsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
