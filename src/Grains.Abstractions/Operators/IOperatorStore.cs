namespace CommuneRadio.Grains.Operators;

/// <summary>
/// Operators and their roles, stored in PostgreSQL. Usernames compare case-insensitively. Never
/// hashes or checks passwords itself: it stores what the caller hashed. Thread-safe singleton.
/// </summary>
public interface IOperatorStore
{
    Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OperatorAccount>> ListAsync(CancellationToken cancellationToken = default);

    Task<OperatorAccount?> GetAsync(string username, CancellationToken cancellationToken = default);

    Task<OperatorLogin?> FindLoginAsync(string username, CancellationToken cancellationToken = default);

    /// <summary>The created operator, or null when the username is taken (in any letter case).</summary>
    Task<OperatorAccount?> CreateAsync(NewOperator newOperator, CancellationToken cancellationToken = default);

    /// <summary>Replaces every role of the operator; false when there is no such operator.</summary>
    Task<bool> SetRolesAsync(long operatorId, IReadOnlyList<RoleAssignment> roles, CancellationToken cancellationToken = default);

    Task<bool> SetDisabledAsync(long operatorId, bool disabled, CancellationToken cancellationToken = default);

    Task<bool> SetPasswordHashAsync(long operatorId, string passwordHash, CancellationToken cancellationToken = default);
}
