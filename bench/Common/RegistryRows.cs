using Npgsql;

namespace CommuneRadio.Bench.Common;

/// <summary>
/// Registers a <see cref="BenchProvince"/> in the Silo's registry tables (migration
/// 0001_registry) in one transaction: the import endpoint would also enrol every device in the
/// broker, which is what <see cref="DynsecFile"/> does faster. Run after the Silo applied its migrations.
/// </summary>
internal static class RegistryRows
{
    public static async Task InsertAsync(string connectionString, BenchProvince province, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stations = province.Stations;
        await ExecuteAsync(connection, "insert into areas (code, name, kind) values (@code, 'Tỉnh Thử Nghiệm', 'tỉnh') on conflict do nothing",
            [new("code", BenchProvince.ProvinceCode)], cancellationToken);
        await ExecuteAsync(connection, "insert into areas (code, name, kind, parent_code) select c, n, 'xã', @parent from unnest(@codes, @names) as t(c, n)",
            [new("parent", BenchProvince.ProvinceCode), new("codes", stations.Select(s => s.AreaCode).ToArray()), new("names", stations.Select(s => s.AreaName).ToArray())], cancellationToken);
        await ExecuteAsync(connection, "insert into stations (id, name, area_code) select i, n, a from unnest(@ids, @names, @areas) as t(i, n, a)",
            [new("ids", stations.Select(s => s.Id).ToArray()), new("names", stations.Select(s => s.Name).ToArray()), new("areas", stations.Select(s => s.AreaCode).ToArray())], cancellationToken);
        await ExecuteAsync(connection, "insert into station_area_history (station_id, area_code, from_at) select i, a, now() from unnest(@ids, @areas) as t(i, a)",
            [new("ids", stations.Select(s => s.Id).ToArray()), new("areas", stations.Select(s => s.AreaCode).ToArray())], cancellationToken);
        var devices = stations.SelectMany(s => s.DeviceIds.Select(d => (Station: s.Id, Device: d))).ToArray();
        await ExecuteAsync(connection,
            "insert into devices (station_id, id, name, lat, lon, firmware) select s, d, 'Cụm loa ấp ' || d, 10.4, 105.6, '2.4.1' from unnest(@stations, @devices) as t(s, d)",
            [new("stations", devices.Select(d => d.Station).ToArray()), new("devices", devices.Select(d => d.Device).ToArray())], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
