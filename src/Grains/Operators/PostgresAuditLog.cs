using System.Text.Json;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Operators;

/// <summary>The audit log in the <c>audit_log</c> table: appended to, queried newest first. Thread-safe singleton.</summary>
public sealed class PostgresAuditLog(NpgsqlDataSource dataSource) : IAuditLog
{
    public const int MaxPageSize = 500;

    public async Task<long> RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = dataSource.CreateCommand("""
            insert into audit_log (at, operator, action, target, outcome, reason, remote_address, details)
            values ($1, $2, $3, $4, $5, $6, $7, $8) returning id
            """).With(
            Time(entry.At),
            Text(entry.Operator),
            Text(entry.Action),
            Text(entry.Target),
            Text(entry.Outcome == AuditOutcome.Allowed ? "allowed" : "refused"),
            Text(entry.Reason),
            Text(entry.RemoteAddress),
            Json(entry.Details is { } details ? details.GetRawText() : null));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, MaxPageSize);

        const string Where = """
            where ($1::text is null or lower(operator) = lower($1))
              and ($2::text is null or action = $2)
              and ($3::timestamptz is null or at >= $3)
              and ($4::timestamptz is null or at < $4)
            """;
        NpgsqlParameter[] Filter() => [Text(query.Operator), Text(query.Action), Time(query.From), Time(query.To)];

        await using var count = dataSource.CreateCommand($"select count(*) from audit_log {Where}").With(Filter());
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;

        await using var select = dataSource.CreateCommand($"""
            select id, at, operator, action, target, outcome, reason, remote_address, details::text from audit_log {Where}
            order by at desc, id desc limit {query.PageSize} offset {(long)(query.Page - 1) * query.PageSize}
            """).With(Filter());
        var items = new List<AuditEntry>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var details = reader.ReadTextOrNull(8) is { } json ? JsonDocument.Parse(json).RootElement.Clone() : (JsonElement?)null;
            items.Add(new AuditEntry(
                reader.ReadTime(1),
                reader.ReadTextOrNull(2),
                reader.GetString(3),
                reader.ReadTextOrNull(4),
                reader.GetString(5) == "allowed" ? AuditOutcome.Allowed : AuditOutcome.Refused,
                reader.ReadTextOrNull(6),
                reader.ReadTextOrNull(7),
                details)
            { Id = reader.GetInt64(0) });
        }

        return new AuditPage(items, query.Page, query.PageSize, total);
    }
}
