namespace CommuneRadio.Silo.Auth;

/// <summary>Body of POST /api/operators.</summary>
public sealed record OperatorRequest(string? Username, string? DisplayName, string? Password, IReadOnlyList<RoleRequest>? Roles);
