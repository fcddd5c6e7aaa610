using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// The audio of an alert: the first <c>info/resource</c> whose <c>mimeType</c> is <c>audio/*</c>,
/// fetched from its <c>uri</c>, with its SHA-256 and duration in <c>parameter</c>s
/// (<see cref="CapNames.Sha256"/>, <see cref="CapNames.DurationS"/>). CAP's <c>digest</c> is
/// SHA-1, which devices do not check; it is ignored when present.
/// </summary>
internal static class CapAudio
{
    private const string MimeTypeFallback = "audio/mpeg";

    public static AlertAudio? Read(XElement info, CapParameters parameters, CapFieldReader fields)
    {
        var resource = info.Elements(CapNames.Ns + "resource")
            .FirstOrDefault(r => r.Element(CapNames.Ns + "mimeType")?.Value.Trim().StartsWith("audio/", StringComparison.OrdinalIgnoreCase) == true);
        if (resource is null)
        {
            return null;
        }

        var uri = resource.Element(CapNames.Ns + "uri")?.Value.Trim();
        if (string.IsNullOrEmpty(uri))
        {
            fields.Problem("info/resource/uri", "the audio resource has no <uri>; devices fetch audio over HTTP (embedded <derefUri> audio is not supported)");
        }

        var sha256 = parameters.Get(CapNames.Sha256)?.Trim();
        if (sha256 is null)
        {
            fields.Problem($"info/parameter {CapNames.Sha256}", "missing: an audio resource needs the SHA-256 of the file (64 lower-case hex digits); devices check it before playing");
        }

        var durationText = parameters.Get(CapNames.DurationS);
        if (durationText is null)
        {
            fields.Problem($"info/parameter {CapNames.DurationS}", "missing: an audio resource needs its length in seconds");
        }

        var duration = fields.Seconds(durationText, $"info/parameter {CapNames.DurationS}");
        return string.IsNullOrEmpty(uri) || sha256 is null || duration is null ? null : new AlertAudio(uri, sha256, duration.Value);
    }

    /// <summary>The MIME type written on export, from the file extension of <paramref name="url"/>.</summary>
    public static string MimeType(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".mp3" => "audio/mpeg",
            ".wav" => "audio/wav",
            ".ogg" or ".oga" or ".opus" => "audio/ogg",
            ".m4a" or ".mp4" => "audio/mp4",
            ".aac" => "audio/aac",
            ".flac" => "audio/flac",
            _ => MimeTypeFallback,
        };
    }
}
