using CommuneRadio.Grains.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Grains.Alerts;

/// <summary>Group commit of alert delivery transitions into <c>alert_deliveries</c> (see <see cref="GroupCommitWriter{T}"/>).</summary>
public sealed class AlertDeliveryWriter(NpgsqlDataSource dataSource, ILogger<AlertDeliveryWriter> logger)
    : GroupCommitWriter<AlertDelivery>(logger)
{
    protected override string RowsName => "alert delivery transitions";

    protected override async Task WriteBatchAsync(IReadOnlyList<AlertDelivery> rows, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            insert into alert_deliveries (alert_id, station_id, device_id, cmd_id, state, reason, at)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(d => d.AlertId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(d => d.StationId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(d => d.DeviceId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(d => d.CmdId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(d => d.State.ToWire()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(d => d.Reason).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = rows.Select(d => d.At.ToUniversalTime()).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
