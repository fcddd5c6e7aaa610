using CommuneRadio.DeviceProtocol;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Registry.Stations;

/// <summary>
/// Stations and their devices in the <c>stations</c>, <c>devices</c> and
/// <c>station_area_history</c> tables. Reads are one query each (a station grain reads its
/// registration on activation). Problems name the JSON field of the request body ("id", "name",
/// "areaCode", "gps.lat"), or "stationId" / "deviceId" for the record addressed. Thread-safe singleton.
/// </summary>
public sealed partial class PostgresStationRegistry(NpgsqlDataSource dataSource, ILogger<PostgresStationRegistry> logger) : IStationRegistry
{
    private const string StationsWithDevices = """
        select s.id, s.name, s.area_code, d.id, d.name, d.lat, d.lon, d.sim, d.serial, d.firmware
        from stations s left join devices d on d.station_id = s.id
        """;

    public async Task<IReadOnlyList<StationRecord>> ListAsync(
        IReadOnlyCollection<string>? areaCodes = null, CancellationToken cancellationToken = default)
    {
        await using var command = areaCodes is null
            ? dataSource.CreateCommand($"""{StationsWithDevices} order by s.id collate "C", d.id collate "C" """)
            : dataSource.CreateCommand($"""{StationsWithDevices} where s.area_code = any($1) order by s.id collate "C", d.id collate "C" """)
                .With(TextArray(areaCodes));
        return await ReadStationsAsync(command, cancellationToken);
    }

    public async Task<StationRecord?> GetAsync(string stationId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""{StationsWithDevices} where s.id = $1 order by d.id collate "C" """)
            .With(Text(stationId));
        return (await ReadStationsAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Where the station was and when, oldest first; empty for an unknown station.</summary>
    public async Task<IReadOnlyList<StationAreaPeriod>> GetAreaHistoryAsync(string stationId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "select area_code, from_at, to_at from station_area_history where station_id = $1 order by from_at, id").With(Text(stationId));
        var periods = new List<StationAreaPeriod>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            periods.Add(new StationAreaPeriod(
                reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return periods;
    }

    /// <summary>Reads rows ordered by station id, one per device (or one with null device columns).</summary>
    private static async Task<List<StationRecord>> ReadStationsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var stations = new List<StationRecord>();
        List<DeviceRecord>? devices = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var stationId = reader.GetString(0);
            if (stations.Count == 0 || stations[^1].Id != stationId)
            {
                devices = [];
                stations.Add(new StationRecord(stationId, reader.GetString(1), reader.GetString(2), devices));
            }

            if (!reader.IsDBNull(3))
            {
                devices!.Add(new DeviceRecord(reader.GetString(3), reader.GetString(4))
                {
                    Gps = reader.IsDBNull(5) ? null : new GpsPosition(reader.GetDouble(5), reader.GetDouble(6)),
                    Sim = reader.IsDBNull(7) ? null : reader.GetString(7),
                    Serial = reader.IsDBNull(8) ? null : reader.GetString(8),
                    Firmware = reader.IsDBNull(9) ? null : reader.GetString(9),
                });
            }
        }

        return stations;
    }

    private static RegistryResult StationNotFound(string stationId) =>
        RegistryResult.NotFound("stationId", $"no station has id '{stationId}'");

    [LoggerMessage(1, LogLevel.Information, "Station {StationId} created in area {AreaCode} with {Devices} devices")]
    private static partial void LogCreated(ILogger logger, string stationId, string areaCode, int devices);

    [LoggerMessage(2, LogLevel.Information, "Station {StationId} moved to area {AreaCode}")]
    private static partial void LogMoved(ILogger logger, string stationId, string areaCode);
}
