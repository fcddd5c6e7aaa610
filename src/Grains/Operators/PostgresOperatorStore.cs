using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Operators;

/// <summary>
/// Operators in the <c>operators</c> table with their roles in <c>operator_roles</c>; a role
/// change replaces the operator's roles in one transaction. Thread-safe singleton.
/// </summary>
public sealed class PostgresOperatorStore(NpgsqlDataSource dataSource, TimeProvider time) : IOperatorStore
{
    private const string Select = """
        select o.id, o.username, o.display_name, o.disabled, o.created_at, o.password_hash, r.role, r.area_code, r.can_issue_alerts, r.can_approve_content
        from operators o left join operator_roles r on r.operator_id = o.id
        """;

    private const string Order = " order by lower(o.username), o.id, r.role, r.area_code collate \"C\"";

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select exists (select 1 from operators)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<OperatorAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Select + Order);
        return (await ReadAsync(command, cancellationToken)).Select(l => l.Account).ToList();
    }

    public async Task<OperatorAccount?> GetAsync(string username, CancellationToken cancellationToken = default) =>
        (await FindLoginAsync(username, cancellationToken))?.Account;

    public async Task<OperatorLogin?> FindLoginAsync(string username, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(username);
        await using var command = dataSource.CreateCommand(Select + " where lower(o.username) = lower($1)" + Order).With(Text(username));
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<OperatorAccount?> CreateAsync(NewOperator newOperator, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newOperator);
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            insert into operators (username, display_name, password_hash, created_at, updated_at) values ($1, $2, $3, $4, $4)
            on conflict ((lower(username))) do nothing
            returning id
            """, connection).With(Text(newOperator.Username), Text(newOperator.DisplayName), Text(newOperator.PasswordHash), Time(now));
        if (await insert.ExecuteScalarAsync(cancellationToken) is not long id)
        {
            return null;
        }

        await InsertRolesAsync(connection, id, newOperator.Roles, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new OperatorAccount(id, newOperator.Username, newOperator.DisplayName, false, newOperator.Roles, now);
    }

    public async Task<bool> SetRolesAsync(long operatorId, IReadOnlyList<RoleAssignment> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var touch = new NpgsqlCommand("update operators set updated_at = $2 where id = $1", connection).With(BigInt(operatorId), Time(time.GetUtcNow()));
        if (await touch.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await using var delete = new NpgsqlCommand("delete from operator_roles where operator_id = $1", connection).With(BigInt(operatorId));
        await delete.ExecuteNonQueryAsync(cancellationToken);
        await InsertRolesAsync(connection, operatorId, roles, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SetDisabledAsync(long operatorId, bool disabled, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("update operators set disabled = $2, updated_at = $3 where id = $1")
            .With(BigInt(operatorId), Bool(disabled), Time(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> SetPasswordHashAsync(long operatorId, string passwordHash, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        await using var command = dataSource.CreateCommand("update operators set password_hash = $2, updated_at = $3 where id = $1")
            .With(BigInt(operatorId), Text(passwordHash), Time(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task InsertRolesAsync(NpgsqlConnection connection, long operatorId, IReadOnlyList<RoleAssignment> roles, CancellationToken cancellationToken)
    {
        var distinct = roles.DistinctBy(r => (r.Role, r.AreaCode)).ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            insert into operator_roles (operator_id, role, area_code, can_issue_alerts, can_approve_content)
            select $1, r.role, r.area_code, r.can_issue_alerts, r.can_approve_content
            from unnest($2, $3, $4, $5) as r (role, area_code, can_issue_alerts, can_approve_content)
            """, connection).With(
            BigInt(operatorId),
            TextArray(distinct.Select(r => r.Role.ToString())),
            TextArray(distinct.Select(r => r.AreaCode)),
            BoolArray(distinct.Select(r => r.CanIssueAlerts)),
            BoolArray(distinct.Select(r => r.CanApproveContent)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<OperatorLogin>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, string Username, string DisplayName, bool Disabled, DateTimeOffset CreatedAt, string Hash, RoleAssignment? Role)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var role = reader.IsDBNull(6)
                ? null
                : new RoleAssignment(Enum.Parse<OperatorRole>(reader.GetString(6)), reader.GetString(7), reader.GetBoolean(8), reader.GetBoolean(9));
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetBoolean(3), reader.ReadTime(4), reader.GetString(5), role));
        }

        return rows.GroupBy(r => r.Id).Select(g =>
        {
            var first = g.First();
            var roles = g.Where(r => r.Role is not null).Select(r => r.Role!).ToList();
            return new OperatorLogin(new OperatorAccount(first.Id, first.Username, first.DisplayName, first.Disabled, roles, first.CreatedAt), first.Hash);
        }).ToList();
    }
}
