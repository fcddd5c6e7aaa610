using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CommuneRadio.Content.Library;

namespace CommuneRadio.Content.Media;

/// <summary>
/// Links to an item's media that a device opens without an operator's sign-in:
/// <c>/api/media/{id}?expires={unix seconds}&amp;sig={HMAC-SHA256}</c>. The signature covers the id,
/// the file's SHA-256 (a replaced file needs a new link) and the expiry. Thread-safe.
/// </summary>
public sealed class MediaLinks(MediaLinkKey key, TimeProvider time)
{
    public const string PathPrefix = "/api/media/";

    /// <summary>A path and query valid for <paramref name="lifetime"/> from now.</summary>
    public MediaLink Create(string contentId, MediaFile media, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(media);
        var expires = time.GetUtcNow().Add(lifetime);
        var unix = expires.ToUnixTimeSeconds();
        var url = string.Create(CultureInfo.InvariantCulture, $"{PathPrefix}{Uri.EscapeDataString(contentId)}?expires={unix}&sig={Sign(contentId, media.Sha256, unix)}");
        return new MediaLink(url, DateTimeOffset.FromUnixTimeSeconds(unix));
    }

    /// <summary>Whether a link's expiry and signature are valid for this item now; null or the problem.</summary>
    public string? Problem(string contentId, MediaFile media, long? expires, string? signature)
    {
        ArgumentNullException.ThrowIfNull(media);
        if (expires is null || string.IsNullOrEmpty(signature))
        {
            return "the link has no expiry or signature";
        }

        var expected = Encoding.ASCII.GetBytes(Sign(contentId, media.Sha256, expires.Value));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
        {
            return "the link's signature does not match";
        }

        return time.GetUtcNow().ToUnixTimeSeconds() > expires ? "the link has expired" : null;
    }

    private string Sign(string contentId, string sha256, long expires)
    {
        var message = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{contentId}\n{sha256}\n{expires}"));
        return Base64Url(HMACSHA256.HashData(key.Bytes, message));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
