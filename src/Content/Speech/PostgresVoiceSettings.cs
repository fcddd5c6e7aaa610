using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Content.Speech;

/// <summary>Voice settings in the <c>content_area_voices</c> table. Thread-safe singleton.</summary>
public sealed class PostgresVoiceSettings(NpgsqlDataSource dataSource) : IVoiceSettings
{
    public async Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string> areaCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areaCodes);
        await using var command = dataSource.CreateCommand("select area_code, voice from content_area_voices where area_code = any($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = areaCodes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            settings[reader.GetString(0)] = reader.GetString(1);
        }

        return settings;
    }

    public async Task SetAsync(string areaCode, string voice, string by, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(areaCode);
        if (!Voices.IsKnown(voice))
        {
            throw new ArgumentException($"Voice {Voices.Problem}.", nameof(voice));
        }

        await using var command = dataSource.CreateCommand("""
            insert into content_area_voices (area_code, voice, updated_by, updated_at) values ($1, $2, $3, $4)
            on conflict (area_code) do update set voice = excluded.voice, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """);
        command.Parameters.AddRange(new NpgsqlParameter[]
        {
            new NpgsqlParameter { Value = areaCode, NpgsqlDbType = NpgsqlDbType.Text },
            new NpgsqlParameter { Value = voice, NpgsqlDbType = NpgsqlDbType.Text },
            new NpgsqlParameter { Value = by, NpgsqlDbType = NpgsqlDbType.Text },
            new NpgsqlParameter { Value = at.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz },
        });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ClearAsync(string areaCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(areaCode);
        await using var command = dataSource.CreateCommand("delete from content_area_voices where area_code = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = areaCode, NpgsqlDbType = NpgsqlDbType.Text });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
