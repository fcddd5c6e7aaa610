using CommuneRadio.Grains.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

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
        command.With(
            TextArray(rows.Select(t => t.StationId)),
            TextArray(rows.Select(t => t.DeviceId ?? "")),
            TextArray(rows.Select(t => t.State)),
            TimeArray(rows.Select(t => t.At)),
            TextArray(rows.Select(t => t.Reason)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
