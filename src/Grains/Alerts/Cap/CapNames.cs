using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// The names this system's CAP 1.2 documents use: the OASIS namespace, and the <c>valueName</c>s of
/// the <c>geocode</c> and <c>parameter</c> pairs that carry what CAP has no element for. The
/// <c>COMMUNERADIO:</c> prefix keeps ours apart from other systems' parameters (CAP leaves
/// value names to agreement between sender and receiver).
/// </summary>
public static class CapNames
{
    /// <summary>The only CAP namespace read and written.</summary>
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    /// <summary><c>info/area/geocode</c> valueName of an official area code (province or commune).</summary>
    public const string AreaCode = "VN-AREA";

    /// <summary>SHA-256 (lower-case hex) of the audio resource. CAP's own <c>digest</c> is SHA-1, which devices do not check.</summary>
    public const string Sha256 = "COMMUNERADIO:SHA256";

    /// <summary>Length of the audio resource in seconds.</summary>
    public const string DurationS = "COMMUNERADIO:DURATION_S";

    /// <summary>Text for the loudspeakers to speak.</summary>
    public const string Text = "COMMUNERADIO:TEXT";

    /// <summary>Volume for this alert, 0–100.</summary>
    public const string Volume = "COMMUNERADIO:VOLUME";

    /// <summary>How many times each loudspeaker plays the alert.</summary>
    public const string Repeat = "COMMUNERADIO:REPEAT";

    /// <summary>Pause between repeats, in seconds.</summary>
    public const string RepeatIntervalS = "COMMUNERADIO:REPEAT_INTERVAL_S";

    /// <summary>The language written into <c>info/language</c>.</summary>
    public const string Language = "vi-VN";

    internal static readonly XNamespace Ns = Namespace;
}
