using CommuneRadio.Grains.Operators;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Issues, checks and revokes operator tokens (console sessions and API tokens). A token is shown
/// once, when issued; the store keeps its SHA-256. Thread-safe singleton.
/// </summary>
public sealed class OperatorTokens(IOperatorTokenStore store, TimeProvider time, IOptions<AuthOptions> options)
{
    // Expired and revoked tokens are forgotten this long after, when a new one is issued.
    private static readonly TimeSpan KeepDeadTokens = TimeSpan.FromDays(30);

    /// <summary>A new token for the operator; <paramref name="lifetime"/> null takes the configured default of its kind.</summary>
    public async Task<(TokenSecret Secret, OperatorToken Token)> IssueAsync(
        OperatorAccount account, OperatorTokenKind kind, string name, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = time.GetUtcNow();
        await store.PurgeAsync(now - KeepDeadTokens, cancellationToken);
        var secret = TokenSecret.New();
        var duration = lifetime ?? (kind == OperatorTokenKind.Session ? options.Value.SessionLifetime : options.Value.TokenLifetime);
        var token = new OperatorToken(secret.Id, account.Id, kind, name, now, now + duration, null);
        await store.AddAsync(token, secret.Hash(), cancellationToken);
        return (secret, token);
    }

    /// <summary>The operator a presented token stands for, or why it does not.</summary>
    public async Task<(StoredToken? Valid, string? Problem)> CheckAsync(string presented, OperatorTokenKind kind, CancellationToken cancellationToken = default)
    {
        if (!TokenSecret.TryParse(presented, out var secret))
        {
            return (null, "the token is malformed");
        }

        var stored = await store.FindAsync(secret.Id, cancellationToken);

        // Compare even for an unknown id, so the answer takes as long either way.
        var matches = secret.Matches(stored?.SecretHash ?? new byte[32]);
        if (stored is null || !matches || stored.Token.Kind != kind)
        {
            return (null, "the token is not known");
        }

        if (stored.Token.RevokedAt is not null)
        {
            return (null, "the token was revoked");
        }

        if (time.GetUtcNow() >= stored.Token.ExpiresAt)
        {
            return (null, "the token has expired");
        }

        return stored.Operator.Disabled ? (null, "the operator is disabled") : (stored, null);
    }

    public Task<bool> RevokeAsync(string tokenId, CancellationToken cancellationToken = default) =>
        store.RevokeAsync(tokenId, time.GetUtcNow(), cancellationToken);

    public Task<int> RevokeAllAsync(long operatorId, CancellationToken cancellationToken = default) =>
        store.RevokeAllAsync(operatorId, time.GetUtcNow(), cancellationToken);
}
