using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Content.Media;

/// <summary>
/// The HMAC key of media links: <see cref="ContentOptions.LinkKey"/> (base64), else the contents of
/// <see cref="ContentOptions.LinkKeyFile"/>, else a key made once into the media folder. Never logged.
/// </summary>
public sealed class MediaLinkKey
{
    public const int MinimumBytes = 32;

    public MediaLinkKey(IOptions<ContentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Bytes = settings switch
        {
            { LinkKey: { Length: > 0 } key } => Convert.FromBase64String(key),
            { LinkKeyFile: { Length: > 0 } file } => Encoding.UTF8.GetBytes(File.ReadAllText(file).Trim()),
            _ => MadeInMediaFolder(Path.GetFullPath(settings.MediaRoot)),
        };
        if (Bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"The media link key must be at least {MinimumBytes} bytes (Content:LinkKey or Content:LinkKeyFile).");
        }
    }

    internal MediaLinkKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    private static byte[] MadeInMediaFolder(string mediaRoot)
    {
        Directory.CreateDirectory(mediaRoot);
        var path = Path.Combine(mediaRoot, ".link-key");
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                stream.Write(Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(MinimumBytes))));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another Silo made it first: use theirs.
            }
        }

        return Encoding.UTF8.GetBytes(File.ReadAllText(path).Trim());
    }
}
