using System.Security.Cryptography;
using CommuneRadio.Content.Audio;
using CommuneRadio.Content.Library;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Content.Media;

/// <summary>
/// The media files on disk under <see cref="ContentOptions.MediaRoot"/>, one per item
/// (<c>{id}.{ext}</c>), written to a temporary file and moved into place so a reader never sees half a
/// file. Thread-safe singleton; every Silo of a cluster must see the same folder.
/// </summary>
public sealed class MediaStore(IOptions<ContentOptions> options)
{
    public string Root { get; } = Path.GetFullPath(options.Value.MediaRoot);

    private string TempRoot => Path.Combine(Root, ".tmp");

    /// <summary>A fresh path in the media folder's scratch space (same file system, so moving it into place is atomic).</summary>
    public string NewTempPath(string extension)
    {
        Directory.CreateDirectory(TempRoot);
        return Path.Combine(TempRoot, $"{Guid.NewGuid():N}.{extension}");
    }

    /// <summary>Stores uploaded bytes as the media of <paramref name="contentId"/>.</summary>
    public async Task<MediaFile> SaveAsync(string contentId, ReadOnlyMemory<byte> bytes, AudioInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        var temp = NewTempPath(info.Extension);
        try
        {
            await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
            return Adopt(contentId, temp, info, Convert.ToHexStringLower(SHA256.HashData(bytes.Span)), bytes.Length);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Moves a finished file (e.g. compressed speech from <see cref="NewTempPath"/>) into place as the media of <paramref name="contentId"/>.</summary>
    public async Task<MediaFile> AdoptAsync(string contentId, string path, AudioInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        string sha256;
        long length;
        await using (var stream = File.OpenRead(path))
        {
            length = stream.Length;
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }

        return Adopt(contentId, path, info, sha256, length);
    }

    public string PathOf(MediaFile media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return Path.Combine(Root, media.FileName);
    }

    /// <summary>Removes an item's file (an item whose row could not be stored leaves nothing behind).</summary>
    public void Delete(MediaFile media) => File.Delete(PathOf(media));

    private MediaFile Adopt(string contentId, string path, AudioInfo info, string sha256, long length)
    {
        if (!contentId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{contentId}' is not a content id.", nameof(contentId));
        }

        var name = $"{contentId}.{info.Extension}";
        File.Move(path, Path.Combine(Root, name), overwrite: true);
        return new MediaFile(name, info.MediaType, length, sha256, Math.Round(info.Duration.TotalSeconds, 3));
    }
}
