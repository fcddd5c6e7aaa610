using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Registry.Stations;

/// <summary>
/// Moving stations between areas inside the caller's transaction: the open period of each
/// station's area history is closed and a new one opened, so history says where it was when.
/// </summary>
internal static class StationMoves
{
    /// <summary>Opens the first period of a newly created station.</summary>
    public static async Task OpenAsync(NpgsqlConnection connection, string stationId, string areaCode, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "insert into station_area_history (station_id, area_code, from_at) values ($1, $2, now())", connection)
            .With(Text(stationId), Text(areaCode));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Moves one station; returns 0 when it is already there.</summary>
    public static Task<int> MoveStationAsync(NpgsqlConnection connection, string stationId, string into, CancellationToken cancellationToken) =>
        MoveAsync(connection, "id = $1 and area_code <> $2", stationId, into, cancellationToken);

    /// <summary>Moves every station of an area (units merge); returns how many moved.</summary>
    public static Task<int> MoveAreaAsync(NpgsqlConnection connection, string areaCode, string into, CancellationToken cancellationToken) =>
        MoveAsync(connection, "area_code = $1", areaCode, into, cancellationToken);

    private static async Task<int> MoveAsync(
        NpgsqlConnection connection, string stationFilter, string key, string into, CancellationToken cancellationToken)
    {
        // Separate statements: the one-open-period index is checked row by row, so the old period
        // must be closed before the new one is opened.
        await using var close = new NpgsqlCommand($"""
            update station_area_history set to_at = now()
            where to_at is null and station_id in (select id from stations where {stationFilter})
            """, connection).With(Text(key), Text(into));
        await close.ExecuteNonQueryAsync(cancellationToken);
        await using var open = new NpgsqlCommand($"""
            insert into station_area_history (station_id, area_code, from_at)
            select id, $2, now() from stations where {stationFilter}
            """, connection).With(Text(key), Text(into));
        await open.ExecuteNonQueryAsync(cancellationToken);
        await using var move = new NpgsqlCommand(
            $"update stations set area_code = $2, updated_at = now() where {stationFilter}", connection).With(Text(key), Text(into));
        return await move.ExecuteNonQueryAsync(cancellationToken);
    }
}
