using System.ComponentModel.DataAnnotations;
using CommuneRadio.Content.Speech;

namespace CommuneRadio.Content;

/// <summary>The content library's settings (section <c>Content</c>), validated at start.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";
    public const long DefaultMaxUploadBytes = 20 * 1024 * 1024;
    public const int DefaultMaxSpeechCharacters = 5000;

    /// <summary>Folder of the media files (relative paths are from the working directory). Shared by every Silo of a cluster.</summary>
    [Required]
    public string MediaRoot { get; set; } = Path.Combine(".data", "media");

    /// <summary>An uploaded file larger than this is refused (413).</summary>
    [Range(1024, 1L << 32)]
    public long MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;

    /// <summary>Text longer than this is refused: one item is one bulletin, not a book.</summary>
    [Range(1, 100_000)]
    public int MaxSpeechCharacters { get; set; } = DefaultMaxSpeechCharacters;

    /// <summary>The voice of areas none of whose ancestors has a setting.</summary>
    public string DefaultVoice { get; set; } = Voices.Northern;

    /// <summary>How speech is compressed for the stations' 4G links.</summary>
    public SpeechCompression Compression { get; set; } = SpeechCompression.Opus;

    /// <summary>Target bitrate of compressed speech, kbit/s (Opus at 24 kbit/s is clear mono speech).</summary>
    [Range(8, 320)]
    public int BitrateKbps { get; set; } = 24;

    public string EspeakPath { get; set; } = "espeak-ng";

    public string OpusencPath { get; set; } = "opusenc";

    public string LamePath { get; set; } = "lame";

    /// <summary>A text-to-speech or compression run taking longer than this is stopped and refused.</summary>
    public TimeSpan ToolTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a running text-to-speech or compression logs that it is still working.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The HMAC key of media links (base64, at least 32 bytes); wins over <see cref="LinkKeyFile"/>.</summary>
    public string? LinkKey { get; set; }

    /// <summary>
    /// A file holding the HMAC key of media links (any text, at least 32 characters; ./run makes
    /// <c>.data/secrets/media-link-key</c>). Without either setting, a key is made once into
    /// <c>{MediaRoot}/.link-key</c>, so every Silo sharing the media folder signs alike.
    /// </summary>
    public string? LinkKeyFile { get; set; }

    /// <summary>How long a media link stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
