using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// An opaque token <c>{id}.{secret}</c>: a public id (12 random bytes) to find the stored record,
/// and a secret (32 random bytes) of which only the SHA-256 is stored and which is compared in
/// constant time. Both parts base64url.
/// </summary>
public sealed record TokenSecret(string Id, string Secret)
{
    public override string ToString() => $"{Id}.{Secret}";

    public static TokenSecret New() =>
        new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)), Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));

    public static bool TryParse(string? text, [NotNullWhen(true)] out TokenSecret? token)
    {
        token = null;
        if (string.IsNullOrEmpty(text) || text.Length > 200)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1 || !Base64Url.IsValid(text.AsSpan(0, dot)) || !Base64Url.IsValid(text.AsSpan(dot + 1)))
        {
            return false;
        }

        token = new TokenSecret(text[..dot], text[(dot + 1)..]);
        return true;
    }

    public byte[] Hash() => SHA256.HashData(Encoding.ASCII.GetBytes(Secret));

    /// <summary>Whether this secret hashes to <paramref name="storedHash"/>, in time independent of where they differ.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(), storedHash);
}
