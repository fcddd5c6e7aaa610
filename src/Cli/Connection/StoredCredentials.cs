namespace CommuneRadio.Cli.Connection;

/// <summary>What <c>communeradio login</c> keeps in <c>credentials.json</c>: the Silo, who logged in, and the API token (a secret) with its id and expiry.</summary>
public sealed record StoredCredentials(string Api, string Username, string Token, string TokenId, DateTimeOffset ExpiresAt);
