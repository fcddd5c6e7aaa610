using System.Globalization;

namespace CommuneRadio.Content.Library;

/// <summary>What a relay may point at: a stream URL a device can open, an FM frequency in the broadcast band. Each check returns null or the problem.</summary>
public static class RelayRules
{
    public const double MinFrequencyMHz = 87.5;
    public const double MaxFrequencyMHz = 108.0;
    public const int MaxUrlLength = 2000;

    private static readonly string[] StreamSchemes = ["http", "https", "rtsp", "rtmp"];

    public static string? StreamUrlProblem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "is required";
        }

        if (url.Length > MaxUrlLength)
        {
            return $"must be at most {MaxUrlLength} characters";
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return "must be an absolute URL with a host (e.g. https://radio.example.vn/live.mp3)";
        }

        if (!StreamSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return $"must use {string.Join(", ", StreamSchemes)}, not '{uri.Scheme}'";
        }

        return string.IsNullOrEmpty(uri.UserInfo) ? null : "must not carry a user name or password (devices and logs would see it)";
    }

    /// <summary>87.5–108 MHz in steps of 50 kHz.</summary>
    public static string? FrequencyProblem(double? frequencyMHz) => frequencyMHz switch
    {
        null => "is required",
        { } f when double.IsNaN(f) || f < MinFrequencyMHz || f > MaxFrequencyMHz =>
            string.Create(CultureInfo.InvariantCulture, $"must be between {MinFrequencyMHz} and {MaxFrequencyMHz} MHz"),
        { } f when Math.Abs(f * 20 - Math.Round(f * 20)) > 1e-6 => "must be a multiple of 0.05 MHz (50 kHz)",
        _ => null,
    };
}
