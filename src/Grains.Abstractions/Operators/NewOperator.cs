namespace CommuneRadio.Grains.Operators;

/// <summary>An operator to create: the password already hashed by the caller.</summary>
public sealed record NewOperator(string Username, string DisplayName, string PasswordHash, IReadOnlyList<RoleAssignment> Roles);
