using CommuneRadio.Grains.Operators;
using Microsoft.AspNetCore.Identity;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Hashes and checks operator passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2, versioned format), and says when a stored hash should be upgraded. Thread-safe.
/// </summary>
public sealed class OperatorPasswords
{
    public const int MinLength = 10;

    public const int MaxLength = 200;

    private static readonly OperatorAccount Nobody = new(0, "", "", false, [], DateTimeOffset.MinValue);

    // Checked against when the username is unknown, so a login costs the same whether or not it exists.
    private readonly Lazy<string> _decoy;
    private readonly PasswordHasher<OperatorAccount> _hasher = new();

    public OperatorPasswords() => _decoy = new Lazy<string>(() => Hash(Convert.ToHexString(Guid.NewGuid().ToByteArray())));

    public string Hash(string password) => _hasher.HashPassword(Nobody, password);

    public PasswordCheck Check(string? storedHash, string password)
    {
        var result = _hasher.VerifyHashedPassword(Nobody, storedHash ?? _decoy.Value, password);
        return storedHash is null ? PasswordCheck.Wrong : result switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Right,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.RightButRehash,
            _ => PasswordCheck.Wrong,
        };
    }

    /// <summary>Null when acceptable, else what is wrong with it.</summary>
    public static string? Problem(string? password, string? username) => password switch
    {
        null or "" => "is required",
        { Length: < MinLength } => $"must be at least {MinLength} characters",
        { Length: > MaxLength } => $"must be at most {MaxLength} characters",
        _ when username is not null && string.Equals(password, username, StringComparison.OrdinalIgnoreCase) => "must not be the username",
        _ => null,
    };
}
