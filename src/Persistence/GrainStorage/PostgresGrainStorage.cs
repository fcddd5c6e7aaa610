using System.Globalization;
using System.Text.Json;
using CommuneRadio.Runtime;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Persistence.GrainStorage;

/// <summary>
/// Grain state in the <c>grain_state</c> table as JSON, with the row version as ETag: a write
/// names the version it read, and a write based on an older version changes nothing and throws
/// <see cref="InconsistentStateException"/>. Thread-safe.
/// </summary>
public sealed class PostgresGrainStorage(NpgsqlDataSource dataSource, IOptions<GrainStateJsonOptions> json) : IGrainStorage
{
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

    public async Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "select version, payload::text from grain_state where grain_type = $1 and grain_key = $2 and state_name = $3");
        AddKey(command, grainId, stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var version = reader.GetInt64(0);
        var payload = reader.GetString(1);
        try
        {
            grainState.State = JsonSerializer.Deserialize<TState>(payload, _json)
                ?? throw new JsonException("the stored JSON is null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new GrainStorageException(
                stateName, grainId, $"stored version {version} cannot be read as {typeof(TState).Name}: {e.Message}", e);
        }

        grainState.ETag = ToETag(version);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(grainState.State, _json);
        await using var command = dataSource.CreateCommand(grainState.ETag is null
            ? """
              insert into grain_state (grain_type, grain_key, state_name, version, payload)
              values ($1, $2, $3, 1, $4)
              on conflict do nothing
              returning version
              """
            : """
              update grain_state set payload = $4, version = version + 1, written_at = now()
              where grain_type = $1 and grain_key = $2 and state_name = $3 and version = $5
              returning version
              """);
        AddKey(command, grainId, stateName);
        command.Parameters.Add(new NpgsqlParameter { Value = payload, NpgsqlDbType = NpgsqlDbType.Jsonb });
        if (grainState.ETag is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = FromETag(grainState.ETag, stateName, grainId) });
        }

        var written = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (written is not long version)
        {
            throw await ConflictAsync(stateName, grainId, grainState.ETag, cancellationToken).ConfigureAwait(false);
        }

        grainState.ETag = ToETag(version);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default)
    {
        if (grainState.ETag is null)
        {
            // Nothing was read or written: there must be nothing stored either.
            var stored = await ReadVersionAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                throw new InconsistentStateException(stateName, grainId, ToETag(stored.Value), null);
            }

            grainState.RecordExists = false;
            return;
        }

        await using var command = dataSource.CreateCommand(
            "delete from grain_state where grain_type = $1 and grain_key = $2 and state_name = $3 and version = $4");
        AddKey(command, grainId, stateName);
        command.Parameters.Add(new NpgsqlParameter { Value = FromETag(grainState.ETag, stateName, grainId) });
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw await ConflictAsync(stateName, grainId, grainState.ETag, cancellationToken).ConfigureAwait(false);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task<InconsistentStateException> ConflictAsync(string stateName, GrainId grainId, string? eTag, CancellationToken cancellationToken)
    {
        var stored = await ReadVersionAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
        return new InconsistentStateException(stateName, grainId, stored is null ? null : ToETag(stored.Value), eTag);
    }

    private async Task<long?> ReadVersionAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "select version from grain_state where grain_type = $1 and grain_key = $2 and state_name = $3");
        AddKey(command, grainId, stateName);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
    }

    private static void AddKey(NpgsqlCommand command, GrainId grainId, string stateName)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.Type });
        command.Parameters.Add(new NpgsqlParameter { Value = grainId.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = stateName });
    }

    private static string ToETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long FromETag(string eTag, string stateName, GrainId grainId) =>
        long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new GrainStorageException(stateName, grainId, $"'{eTag}' is not an ETag of this storage.");
}
