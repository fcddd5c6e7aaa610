using System.Globalization;
using System.Xml.Linq;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// Reads single CAP elements and collects, rather than throws, what is wrong with them, so one
/// answer names every problem of a document. One instance per document; not thread-safe.
/// </summary>
internal sealed class CapFieldReader
{
    private readonly List<AlertProblem> _problems = [];

    public IReadOnlyList<AlertProblem> Problems => _problems;

    public void Problem(string field, string problem) => _problems.Add(new AlertProblem(field, problem));

    /// <summary>The trimmed text of a required child element; null (and a problem) when it is missing or empty.</summary>
    public string? Required(XElement parent, string name, string path)
    {
        var element = parent.Element(CapNames.Ns + name);
        if (element is null)
        {
            Problem(path, $"missing: CAP requires <{name}>{Where(parent)}");
            return null;
        }

        var value = element.Value.Trim();
        if (value.Length == 0)
        {
            Problem(path, $"<{name}> is empty{Where(element)}");
            return null;
        }

        return value;
    }

    /// <summary>The text of an optional child element, normalized; null when absent or empty.</summary>
    public static string? OptionalText(XElement parent, string name) =>
        AlertText.NormalizeOptional(parent.Element(CapNames.Ns + name)?.Value);

    /// <summary>
    /// A CAP enumeration value (case-sensitive, as CAP spells it) mapped to <typeparamref name="TEnum"/>,
    /// whose member names are the accepted values; <paramref name="capValues"/> are all values CAP
    /// defines, so a valid CAP value this system does not accept gets its own explanation.
    /// </summary>
    public TEnum? Enum<TEnum>(string? text, string path, string what, IReadOnlyList<string> capValues)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        var accepted = System.Enum.GetNames<TEnum>();
        if (accepted.Contains(text, StringComparer.Ordinal))
        {
            return System.Enum.Parse<TEnum>(text);
        }

        var list = string.Join(", ", accepted);
        if (capValues.Contains(text, StringComparer.Ordinal))
        {
            Problem(path, $"'{text}' is a CAP {what} commune radio does not broadcast; use one of {list}");
        }
        else if (accepted.FirstOrDefault(name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) is { } spelled)
        {
            Problem(path, $"'{text}' must be spelled '{spelled}' (CAP values are case-sensitive)");
        }
        else
        {
            Problem(path, $"'{Quote(text)}' is not a CAP {what}; use one of {list}");
        }

        return null;
    }

    public DateTimeOffset? Time(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        var time = CapTime.Read(text);
        if (time is null)
        {
            Problem(path, $"'{Quote(text)}' is not a CAP time; write e.g. 2025-11-22T08:00:00+07:00 (whole seconds and an offset; CAP does not allow 'Z')");
        }

        return time;
    }

    public int? WholeNumber(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(path, $"'{Quote(text)}' is not a whole number");
        return null;
    }

    public double? Seconds(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(path, $"'{Quote(text)}' is not a number of seconds; write it with a dot, e.g. 42.5");
        return null;
    }

    /// <summary>A value for a message: whole when short, cut with an ellipsis when long.</summary>
    public static string Quote(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "…");

    private static string Where(XElement element) =>
        element is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? $" (in <{element.Name.LocalName}> at line {info.LineNumber})" : "";
}
