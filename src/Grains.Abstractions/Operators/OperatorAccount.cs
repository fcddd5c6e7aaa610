namespace CommuneRadio.Grains.Operators;

/// <summary>
/// A person who operates the system: a case-insensitive unique <see cref="Username"/>, a
/// display name (Vietnamese), whether the account is disabled, and the roles it holds. The
/// password hash is not here; see <see cref="OperatorLogin"/>.
/// </summary>
public sealed record OperatorAccount(
    long Id, string Username, string DisplayName, bool Disabled, IReadOnlyList<RoleAssignment> Roles, DateTimeOffset CreatedAt);
