using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommuneRadio.Persistence.Migrations;

/// <summary>
/// Applies the registered migrations that the database has not seen, each once, in order, each
/// in its own transaction, recording them in <c>schema_migrations</c>. A session advisory lock
/// makes processes that start together take turns, so none applies a migration twice. A source
/// registered twice (by name) is applied once.
/// </summary>
public sealed partial class MigrationRunner(NpgsqlDataSource dataSource, IEnumerable<MigrationSource> sources, ILogger<MigrationRunner> logger)
{
    // Any constant works; it only has to be the same in every process sharing the database.
    private const long LockKey = 0x436F6D6D52616469;

    /// <summary>Applies what is missing; returns how many migrations it applied.</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "select pg_advisory_lock(@key)", cancellationToken, ("key", LockKey)).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, """
                create table if not exists schema_migrations (
                    source text not null,
                    version integer not null,
                    name text not null,
                    checksum text not null,
                    applied_at timestamptz not null default now(),
                    primary key (source, version))
                """, cancellationToken).ConfigureAwait(false);
            var applied = await ReadAppliedAsync(connection, cancellationToken).ConfigureAwait(false);
            var count = 0;
            foreach (var migration in sources.DistinctBy(s => s.Name).SelectMany(s => s.Load()))
            {
                if (applied.TryGetValue((migration.Source, migration.Version), out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        LogChanged(logger, migration.Source, migration.Version, migration.Name);
                    }

                    continue;
                }

                await ApplyOneAsync(connection, migration, cancellationToken).ConfigureAwait(false);
                count++;
            }

            LogDone(logger, count);
            return count;
        }
        finally
        {
            await ExecuteAsync(connection, "select pg_advisory_unlock(@key)", CancellationToken.None, ("key", LockKey)).ConfigureAwait(false);
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(
                connection,
                "insert into schema_migrations (source, version, name, checksum) values (@source, @version, @name, @checksum)",
                cancellationToken,
                ("source", migration.Source),
                ("version", migration.Version),
                ("name", migration.Name),
                ("checksum", migration.Checksum)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            throw new InvalidOperationException(
                $"Migration {migration.Source} {migration.Version:0000}_{migration.Name} failed and was rolled back: {e.MessageText}", e);
        }

        LogApplied(logger, migration.Source, migration.Version, migration.Name);
    }

    private static async Task<Dictionary<(string, int), string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<(string, int), string>();
        await using var command = new NpgsqlCommand("select source, version, checksum from schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[(reader.GetString(0), reader.GetInt32(1))] = reader.GetString(2);
        }

        return applied;
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(1, LogLevel.Information, "Applied migration {Source} {Version} {Name}")]
    private static partial void LogApplied(ILogger logger, string source, int version, string name);

    [LoggerMessage(2, LogLevel.Information, "Database schema up to date ({Applied} migrations applied now)")]
    private static partial void LogDone(ILogger logger, int applied);

    [LoggerMessage(3, LogLevel.Warning, "Migration {Source} {Version} {Name} changed since it was applied; it is not applied again")]
    private static partial void LogChanged(ILogger logger, string source, int version, string name);
}
