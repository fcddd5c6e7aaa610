using CommuneRadio.Grains.Registry.Stations;
using CommuneRadio.Grains.Registry.Validation;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Registry.Areas;

// Units merge.
public sealed partial class PostgresAreaRegistry
{
    /// <summary>
    /// Units merge: every station of <paramref name="code"/> moves to <paramref name="into"/> (its
    /// area history records when), child areas are re-parented to <paramref name="into"/>, and
    /// <paramref name="code"/> is retired with <c>merged_into</c> set. Merging again into the same
    /// area changes nothing. <see cref="RegistryResult.Changed"/> counts the retired area and the
    /// stations and child areas moved.
    /// </summary>
    public async Task<RegistryResult> MergeAsync(string code, string into, CancellationToken cancellationToken = default)
    {
        if ((RegistryRules.Id("code", code) ?? RegistryRules.Id("into", into)) is { } invalid)
        {
            return invalid;
        }

        if (code == into)
        {
            return RegistryResult.Invalid("into", "an area cannot be merged into itself");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockTreeAsync(connection, cancellationToken);
        var refused = await CheckMergeAsync(connection, code, into, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var stations = await StationMoves.MoveAreaAsync(connection, code, into, cancellationToken);
        await using var reparent = new NpgsqlCommand("update areas set parent_code = $2 where parent_code = $1", connection)
            .With(Text(code), Text(into));
        var children = await reparent.ExecuteNonQueryAsync(cancellationToken);
        await using var retire = new NpgsqlCommand("update areas set retired_at = now(), merged_into = $2 where code = $1", connection)
            .With(Text(code), Text(into));
        await retire.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogMerged(logger, code, into, stations, children);
        return RegistryResult.Ok(1 + stations + children);
    }

    private async Task<RegistryResult?> CheckMergeAsync(NpgsqlConnection connection, string code, string into, CancellationToken cancellationToken)
    {
        // Row locks: a station being created in or moved to either area finishes first, or waits and then sees the merge.
        await using var command = new NpgsqlCommand($"select {Columns} from areas a where a.code = any($1) for update", connection)
            .With(TextArray([code, into]));
        var areas = (await ReadAreasAsync(command, cancellationToken)).ToDictionary(a => a.Code, StringComparer.Ordinal);
        if (!areas.TryGetValue(code, out var merged))
        {
            return RegistryResult.NotFound("code", $"no area has code '{code}'");
        }

        if (!areas.TryGetValue(into, out var target))
        {
            return RegistryResult.NotFound("into", $"no area has code '{into}'");
        }

        if (merged.MergedInto is { } earlier)
        {
            return earlier == into
                ? RegistryResult.Ok(0)
                : RegistryResult.Conflict("code", $"area '{code}' was already merged into '{earlier}' on {merged.RetiredAt:yyyy-MM-dd}");
        }

        if (target.MergedInto is { } further)
        {
            return RegistryResult.Invalid("into", $"area '{into}' was itself merged into '{further}'; use that code");
        }

        await using var subtree = new NpgsqlCommand(SubtreeSql, connection).With(Text(code));
        return (await ReadCodesAsync(subtree, cancellationToken)).Contains(into)
            ? RegistryResult.Invalid("into", $"area '{into}' lies inside '{code}'; an area cannot be merged into its own part")
            : null;
    }

    [LoggerMessage(2, LogLevel.Information, "Area {Code} merged into {Into}: {Stations} stations and {Children} child areas moved")]
    private static partial void LogMerged(ILogger logger, string code, string into, int stations, int children);
}
