using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Operators;

/// <summary>Tokens in the <c>operator_tokens</c> table, looked up by public id with their operator. Thread-safe singleton.</summary>
public sealed class PostgresOperatorTokenStore(NpgsqlDataSource dataSource, IOperatorStore operators) : IOperatorTokenStore
{
    private const string Columns = "t.id, t.operator_id, t.kind, t.name, t.created_at, t.expires_at, t.revoked_at, t.secret_hash, o.username";

    public async Task AddAsync(OperatorToken token, byte[] secretHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(secretHash);
        await using var command = dataSource.CreateCommand("""
            insert into operator_tokens (id, operator_id, kind, name, secret_hash, created_at, expires_at) values ($1, $2, $3, $4, $5, $6, $7)
            """).With(Text(token.Id), BigInt(token.OperatorId), Text(token.Kind.ToString()), Text(token.Name), Bytes(secretHash), Time(token.CreatedAt), Time(token.ExpiresAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredToken?> FindAsync(string tokenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenId);
        await using var command = dataSource.CreateCommand($"select {Columns} from operator_tokens t join operators o on o.id = t.operator_id where t.id = $1")
            .With(Text(tokenId));
        OperatorToken token;
        byte[] hash;
        string username;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            token = ReadToken(reader);
            hash = reader.GetFieldValue<byte[]>(7);
            username = reader.GetString(8);
        }

        return await operators.GetAsync(username, cancellationToken) is { } account && account.Id == token.OperatorId
            ? new StoredToken(token, hash, account)
            : null;
    }

    public async Task<IReadOnlyList<OperatorToken>> ListAsync(long operatorId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"""
            select {Columns} from operator_tokens t join operators o on o.id = t.operator_id
            where t.operator_id = $1 order by t.created_at desc, t.id
            """).With(BigInt(operatorId));
        var tokens = new List<OperatorToken>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(ReadToken(reader));
        }

        return tokens;
    }

    public async Task<bool> RevokeAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("update operator_tokens set revoked_at = $2 where id = $1 and revoked_at is null")
            .With(Text(tokenId), Time(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> RevokeAllAsync(long operatorId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("update operator_tokens set revoked_at = $2 where operator_id = $1 and revoked_at is null and expires_at > $2")
            .With(BigInt(operatorId), Time(at));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("delete from operator_tokens where expires_at < $1 or revoked_at < $1").With(Time(before));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static OperatorToken ReadToken(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt64(1),
        Enum.Parse<OperatorTokenKind>(reader.GetString(2)),
        reader.GetString(3),
        reader.ReadTime(4),
        reader.ReadTime(5),
        reader.ReadTimeOrNull(6));
}
