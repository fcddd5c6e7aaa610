using CommuneRadio.Grains.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Grains.Events;

/// <summary>Group commit of the status history (see <see cref="GroupCommitWriter{T}"/>).</summary>
public sealed class StatusHistoryWriter(NpgsqlDataSource dataSource, ILogger<StatusHistoryWriter> logger)
    : GroupCommitWriter<StatusTransition>(logger)
{
    protected override string RowsName => "status transitions";

    protected override async Task WriteBatchAsync(IReadOnlyList<StatusTransition> rows, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            insert into status_history (station_id, device_id, state, at, reason)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[])
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(t => t.StationId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(t => t.DeviceId ?? "").ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(t => t.State).ToArray() });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = rows.Select(t => t.At.ToUniversalTime()).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
        });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(t => t.Reason).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
