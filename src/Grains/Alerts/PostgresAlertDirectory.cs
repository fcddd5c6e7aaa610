using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Grains.Alerts;

/// <summary><see cref="IAlertDirectory"/> on the <c>alerts</c> table.</summary>
public sealed class PostgresAlertDirectory(NpgsqlDataSource dataSource) : IAlertDirectory
{
    public async Task SaveAsync(AlertRecord alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        await using var command = dataSource.CreateCommand("""
            insert into alerts (id, phase, status, event, headline, area_codes, issued_by, confirmed_by, sent, expires, created_at, updated_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            on conflict (id) do update set phase = excluded.phase, status = excluded.status, event = excluded.event,
                headline = excluded.headline, area_codes = excluded.area_codes, confirmed_by = excluded.confirmed_by,
                sent = excluded.sent, expires = excluded.expires, updated_at = excluded.updated_at
            """);
        var m = alert.Message;
        command.Parameters.Add(new NpgsqlParameter { Value = alert.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = alert.Phase.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = m.Status.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = m.Event });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)m.Headline ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = m.AreaCodes.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = alert.IssuedBy });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)alert.ConfirmedBy ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = m.Sent.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = m.Expires.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = alert.CreatedAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = alert.UpdatedAt.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlertSummary>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            select id, phase, status, event, headline, area_codes, issued_by, confirmed_by, sent, expires, created_at, updated_at
            from alerts order by created_at desc, id offset $1 limit $2
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = offset });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<AlertSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new AlertSummary(
                reader.GetString(0),
                Enum.Parse<AlertPhase>(reader.GetString(1)),
                Enum.Parse<AlertStatus>(reader.GetString(2)),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<string[]>(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetFieldValue<DateTimeOffset>(8),
                reader.GetFieldValue<DateTimeOffset>(9),
                reader.GetFieldValue<DateTimeOffset>(10),
                reader.GetFieldValue<DateTimeOffset>(11)));
        }

        return list;
    }

    public async Task<IReadOnlyList<string>> LiveCoveringAsync(IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select id from alerts where phase = 'Active' and area_codes && $1 order by created_at");
        command.Parameters.Add(new NpgsqlParameter { Value = areaCodes.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
