namespace CommuneRadio.Silo.Auth;

/// <summary>Answer of POST /api/auth/tokens: the token itself, shown this once, and its id for revoking it.</summary>
public sealed record IssuedToken(string Id, string Token, string Name, DateTimeOffset ExpiresAt);
