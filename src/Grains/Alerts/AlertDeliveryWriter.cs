using CommuneRadio.Grains.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

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
        command.With(
            TextArray(rows.Select(d => d.AlertId)),
            TextArray(rows.Select(d => d.StationId)),
            TextArray(rows.Select(d => d.DeviceId)),
            TextArray(rows.Select(d => d.CmdId)),
            TextArray(rows.Select(d => d.State.ToWire())),
            TextArray(rows.Select(d => d.Reason)),
            TimeArray(rows.Select(d => d.At)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
