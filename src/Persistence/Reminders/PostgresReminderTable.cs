using System.Globalization;
using CommuneRadio.Runtime;
using Npgsql;

namespace CommuneRadio.Persistence.Reminders;

/// <summary>Reminders in the <c>reminders</c> table; the row version is the ETag. Thread-safe.</summary>
public sealed class PostgresReminderTable(NpgsqlDataSource dataSource) : IReminderTable
{
    public async Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "select grain_type, grain_key, reminder_name, start_at, period_ms, version from reminders");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<ReminderEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                TimeSpan.FromMilliseconds(reader.GetInt64(4)),
                reader.GetInt64(5).ToString(CultureInfo.InvariantCulture)));
        }

        return entries;
    }

    public async Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = dataSource.CreateCommand("""
            insert into reminders (grain_type, grain_key, reminder_name, start_at, period_ms, version)
            values ($1, $2, $3, $4, $5, 1)
            on conflict (grain_type, grain_key, reminder_name)
            do update set start_at = excluded.start_at, period_ms = excluded.period_ms, version = reminders.version + 1
            returning version
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = entry.GrainId.Type });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.GrainId.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.ReminderName });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.StartAt.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)entry.Period.TotalMilliseconds });
        var version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return version.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<bool> RemoveAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "delete from reminders where grain_type = $1 and grain_key = $2 and reminder_name = $3 and version = $4");
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.Type });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = reminderName });
        command.Parameters.Add(new NpgsqlParameter { Value = long.Parse(eTag, CultureInfo.InvariantCulture) });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
