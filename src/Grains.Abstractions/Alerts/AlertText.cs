using System.Text;
using System.Xml;

namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// How alert text is stored and compared: Unicode normalization form C, trimmed, every run of
/// whitespace (line breaks included) one space. "Sạt lở" typed with combining marks (NFD, as some
/// Vietnamese keyboards and macOS produce) and with precomposed letters become the same string, so
/// the loudspeakers, the CAP export and the audit log all see one spelling. Pure and thread-safe.
/// </summary>
public static class AlertText
{
    /// <summary>The normalized text; empty when <paramref name="text"/> is null or only whitespace.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The normalized text, or null when nothing is left of it.</summary>
    public static string? NormalizeOptional(string? text) => Normalize(text) is { Length: > 0 } normalized ? normalized : null;

    /// <summary>
    /// The message with every free-text field normalized (<see cref="Normalize(string?)"/>) and identifiers and
    /// area codes trimmed: what the HTTP API should store for an alert posted as JSON.
    /// </summary>
    public static AlertMessage Normalize(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message with
        {
            Identifier = message.Identifier?.Trim() ?? "",
            Sender = message.Sender?.Trim() ?? "",
            References = NormalizeOptional(message.References),
            Event = Normalize(message.Event),
            Headline = NormalizeOptional(message.Headline),
            Description = NormalizeOptional(message.Description),
            Instruction = NormalizeOptional(message.Instruction),
            Text = NormalizeOptional(message.Text),
            AreaCodes = message.AreaCodes is null ? [] : message.AreaCodes.Select(code => code?.Trim() ?? "").ToList(),
        };
    }

    /// <summary>
    /// The first character XML 1.0 cannot carry (control characters, unpaired surrogates) with its
    /// index, or null when every character can be exported to CAP.
    /// </summary>
    public static (int Index, int CodePoint)? FirstNonXmlCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return (i, c);
        }

        return null;
    }
}
