namespace CommuneRadio.Grains.Operators;

/// <summary>
/// What is known of an issued token besides its secret: its public <see cref="Id"/>, whose it is,
/// what for, and until when it is valid (unless revoked earlier).
/// </summary>
public sealed record OperatorToken(
    string Id, long OperatorId, OperatorTokenKind Kind, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
