namespace CommuneRadio.Silo.Auth;

/// <summary>Body of PUT /api/operators/{username}/password.</summary>
public sealed record PasswordRequest(string? Password);
