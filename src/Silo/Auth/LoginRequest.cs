namespace CommuneRadio.Silo.Auth;

/// <summary>Body of POST /api/auth/login.</summary>
public sealed record LoginRequest(string? Username, string? Password);
