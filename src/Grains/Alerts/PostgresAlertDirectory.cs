using CommuneRadio.Grains.Storage;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

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
        command.With(
            Text(alert.Id), Text(alert.Phase.ToString()), Text(m.Status.ToString()), Text(m.Event), Text(m.Headline), TextArray(m.AreaCodes),
            Text(alert.IssuedBy), Text(alert.ConfirmedBy), Time(m.Sent), Time(m.Expires), Time(alert.CreatedAt), Time(alert.UpdatedAt));
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
                reader.ReadTextOrNull(4),
                reader.GetFieldValue<string[]>(5),
                reader.GetString(6),
                reader.ReadTextOrNull(7),
                reader.ReadTime(8),
                reader.ReadTime(9),
                reader.ReadTime(10),
                reader.ReadTime(11)));
        }

        return list;
    }

    public async Task<IReadOnlyList<string>> LiveCoveringAsync(IReadOnlyCollection<string> areaCodes, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select id from alerts where phase = 'Active' and area_codes && $1 order by created_at");
        command.With(TextArray(areaCodes));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
