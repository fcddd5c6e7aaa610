namespace CommuneRadio.Grains.Operators;

/// <summary>
/// Issued tokens (console sessions and API tokens), stored by public id with only the SHA-256 of
/// their secret. Thread-safe singleton.
/// </summary>
public interface IOperatorTokenStore
{
    Task AddAsync(OperatorToken token, byte[] secretHash, CancellationToken cancellationToken = default);

    /// <summary>The token with this id and its operator, valid or not; null when unknown.</summary>
    Task<StoredToken?> FindAsync(string tokenId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OperatorToken>> ListAsync(long operatorId, CancellationToken cancellationToken = default);

    /// <summary>Revokes one token; false when unknown or already revoked.</summary>
    Task<bool> RevokeAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Revokes every live token of the operator (password reset, disable); returns how many.</summary>
    Task<int> RevokeAllAsync(long operatorId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Forgets tokens that expired or were revoked before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
