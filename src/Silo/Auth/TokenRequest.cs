namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Body of POST /api/auth/tokens: a name for the token (e.g. the machine), its lifetime in days
/// (default <c>Auth:TokenLifetime</c>), and — when the caller is not signed in, as a CLI is not —
/// the username and password it is for.
/// </summary>
public sealed record TokenRequest(string? Name, int? LifetimeDays, string? Username, string? Password);
