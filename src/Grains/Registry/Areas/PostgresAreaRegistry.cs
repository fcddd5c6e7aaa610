using CommuneRadio.Grains.Registry.Validation;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Registry.Areas;

/// <summary>
/// The area tree in the <c>areas</c> table. Changes to the tree (upsert, merge) take one
/// transaction-scoped advisory lock, so the tree checked is the tree changed. Thread-safe singleton.
/// </summary>
public sealed partial class PostgresAreaRegistry(NpgsqlDataSource dataSource, ILogger<PostgresAreaRegistry> logger) : IAreaRegistry
{
    // Any constant works; every process changing the tree must use the same one.
    private const long TreeLockKey = 0x4172656154726565;

    private const string Columns = "a.code, a.name, a.kind, a.parent_code, a.retired_at, a.merged_into";

    private const string SubtreeSql = """
        with recursive tree (code, depth) as (
            select code, 0 from areas where code = $1
            union all
            select a.code, t.depth + 1 from areas a join tree t on a.parent_code = t.code)
        select code from tree order by depth, code collate "C"
        """;

    public async Task<IReadOnlyList<Area>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            with recursive tree (code, depth) as (
                select code, 0 from areas where parent_code is null
                union all
                select a.code, t.depth + 1 from areas a join tree t on a.parent_code = t.code)
            select {Columns} from tree t join areas a using (code)
            order by t.depth, a.code collate "C"
            """);
        return await ReadAreasAsync(command, cancellationToken);
    }

    public async Task<Area?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from areas a where a.code = $1").With(Text(code));
        return (await ReadAreasAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<string>> SubtreeAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(SubtreeSql).With(Text(code));
        return await ReadCodesAsync(command, cancellationToken);
    }

    /// <summary>
    /// Adds areas and renames, re-kinds or re-parents existing ones, all or nothing. Parents may
    /// come in the same batch in any order. Retirement is not set here (see <see cref="MergeAsync"/>):
    /// <see cref="Area.RetiredAt"/> and <see cref="Area.MergedInto"/> of the batch are ignored.
    /// <see cref="RegistryResult.Changed"/> counts areas added or actually changed, so a repeated
    /// batch reports 0. Problems name "areas[i].field".
    /// </summary>
    public async Task<RegistryResult> UpsertAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(areas);
        var batch = areas.Select(RegistryText.Normalize).ToList();
        if (CheckBatch(batch) is { } invalid)
        {
            return invalid;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockTreeAsync(connection, cancellationToken);
        await using var read = new NpgsqlCommand($"select {Columns} from areas a", connection);
        var stored = (await ReadAreasAsync(read, cancellationToken)).ToDictionary(a => a.Code, StringComparer.Ordinal);
        if (AreaTreeCheck.Check(stored, batch) is { } broken)
        {
            return broken;
        }

        // One statement: foreign keys are checked at its end, so parents may follow their children.
        await using var upsert = new NpgsqlCommand("""
            insert into areas (code, name, kind, parent_code)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
            on conflict (code) do update set name = excluded.name, kind = excluded.kind, parent_code = excluded.parent_code
            where (areas.name, areas.kind, areas.parent_code) is distinct from (excluded.name, excluded.kind, excluded.parent_code)
            """, connection).With(
            TextArray(batch.Select(a => a.Code)),
            TextArray(batch.Select(a => a.Name)),
            TextArray(batch.Select(a => a.Kind)),
            TextArray(batch.Select(a => a.ParentCode)));
        var changed = await upsert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed > 0)
        {
            LogUpserted(logger, changed, batch.Count);
        }

        return RegistryResult.Ok(changed);
    }

    private static RegistryResult? CheckBatch(List<Area> batch)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < batch.Count; i++)
        {
            if (RegistryRules.CheckArea(batch[i], $"areas[{i}].") is { } problem)
            {
                return problem;
            }

            if (!first.TryAdd(batch[i].Code, i))
            {
                return RegistryResult.Invalid($"areas[{i}].code", $"'{batch[i].Code}' is also areas[{first[batch[i].Code]}]");
            }
        }

        return null;
    }

    private static async Task LockTreeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1)", connection)
            .With(new NpgsqlParameter { Value = TreeLockKey });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<Area>> ReadAreasAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var areas = new List<Area>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            areas.Add(new Area(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            {
                RetiredAt = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                MergedInto = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }

        return areas;
    }

    private static async Task<List<string>> ReadCodesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var codes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    [LoggerMessage(1, LogLevel.Information, "Area tree changed: {Changed} of {Submitted} submitted areas added or changed")]
    private static partial void LogUpserted(ILogger logger, int changed, int submitted);

}
