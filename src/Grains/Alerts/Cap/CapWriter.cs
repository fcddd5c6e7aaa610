using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// Writes an <see cref="AlertMessage"/> as a CAP 1.2 document, UTF-8 with Vietnamese written as
/// characters (never as entities), times in Vietnam time (+07:00), one <c>area</c> per area code.
/// <see cref="CapReader"/> reads the result back to an equal message (times to the whole second).
/// Stateless and thread-safe. The mapping is documented in docs/alerts.md.
/// </summary>
public static class CapWriter
{
    private static readonly XNamespace Ns = CapNames.Ns;

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    /// <summary>
    /// The document as text. <paramref name="areaName"/> gives each area code its name for
    /// <c>areaDesc</c> (e.g. "Xã Mỹ Hiệp"; the code itself when it returns null).
    /// <paramref name="referenced"/> gives the sender and sent time of the alert an Update or Cancel
    /// refers to; without it the triple carries this alert's own sender and sent time.
    /// </summary>
    public static string Write(AlertMessage message, Func<string, string?> areaName, Func<string, CapReference?>? referenced = null) =>
        Encoding.UTF8.GetString(WriteUtf8(message, areaName, referenced));

    /// <summary>The document as UTF-8 bytes (no byte order mark), e.g. for an HTTP response.</summary>
    public static byte[] WriteUtf8(AlertMessage message, Func<string, string?> areaName, Func<string, CapReference?>? referenced = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(areaName);
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), Alert(message, areaName, referenced));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement Alert(AlertMessage message, Func<string, string?> areaName, Func<string, CapReference?>? referenced) =>
        new(Ns + "alert",
            new XElement(Ns + "identifier", message.Identifier),
            new XElement(Ns + "sender", message.Sender),
            new XElement(Ns + "sent", CapTime.Write(message.Sent)),
            new XElement(Ns + "status", message.Status.ToString()),
            new XElement(Ns + "msgType", message.MessageType.ToString()),
            new XElement(Ns + "scope", "Public"),
            message.References is { Length: > 0 } references
                ? new XElement(Ns + "references", (referenced?.Invoke(references) ?? new CapReference(message.Sender, references, message.Sent)).ToString())
                : null,
            Info(message, areaName));

    /// <summary>Elements in the order the CAP 1.2 schema requires.</summary>
    private static XElement Info(AlertMessage message, Func<string, string?> areaName) =>
        new(Ns + "info",
            new XElement(Ns + "language", CapNames.Language),
            new XElement(Ns + "category", message.Category.ToString()),
            new XElement(Ns + "event", message.Event),
            new XElement(Ns + "urgency", message.Urgency.ToString()),
            new XElement(Ns + "severity", message.Severity.ToString()),
            new XElement(Ns + "certainty", message.Certainty.ToString()),
            new XElement(Ns + "expires", CapTime.Write(message.Expires)),
            Optional("headline", message.Headline),
            Optional("description", message.Description),
            Optional("instruction", message.Instruction),
            Parameters(message),
            Resource(message),
            message.AreaCodes.Select(code => Area(code, areaName(code))));

    private static IEnumerable<XElement> Parameters(AlertMessage message)
    {
        if (message.Text is { Length: > 0 } text)
        {
            yield return Parameter(CapNames.Text, text);
        }

        if (message.Volume is { } volume)
        {
            yield return Parameter(CapNames.Volume, Number(volume));
        }

        yield return Parameter(CapNames.Repeat, Number(message.Repeat));
        yield return Parameter(CapNames.RepeatIntervalS, Number(message.RepeatIntervalS));
        if (message.Audio is { } audio)
        {
            yield return Parameter(CapNames.Sha256, audio.Sha256);
            yield return Parameter(CapNames.DurationS, audio.DurationS.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static XElement? Resource(AlertMessage message) => message.Audio is not { } audio
        ? null
        : new XElement(Ns + "resource",
            new XElement(Ns + "resourceDesc", "Bản tin cảnh báo (âm thanh)"),
            new XElement(Ns + "mimeType", CapAudio.MimeType(audio.Url)),
            new XElement(Ns + "uri", audio.Url));

    private static XElement Area(string code, string? name) =>
        new(Ns + "area",
            new XElement(Ns + "areaDesc", AlertText.NormalizeOptional(name) ?? code),
            new XElement(Ns + "geocode",
                new XElement(Ns + "valueName", CapNames.AreaCode),
                new XElement(Ns + "value", code)));

    private static XElement Parameter(string name, string value) =>
        new(Ns + "parameter", new XElement(Ns + "valueName", name), new XElement(Ns + "value", value));

    private static XElement? Optional(string name, string? value) => value is { Length: > 0 } ? new XElement(Ns + name, value) : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
