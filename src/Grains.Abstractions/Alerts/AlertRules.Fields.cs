using System.Globalization;

namespace CommuneRadio.Grains.Alerts;

/// <summary>The checks <see cref="AlertRules"/> applies to single fields.</summary>
public static partial class AlertRules
{
    /// <summary>
    /// CAP forbids spaces, commas and the XML-restricted characters in identifiers and senders:
    /// CAP <c>references</c> joins them as space-separated <c>sender,identifier,sent</c> triples.
    /// </summary>
    private static void CapToken(string field, string? value, List<AlertProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, "must not be empty"));
            return;
        }

        if (value.Length > MaxIdentifierLength)
        {
            problems.Add(new(field, $"is {value.Length} characters long; at most {MaxIdentifierLength}"));
        }

        var bad = value.FirstOrDefault(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or '&' or '<');
        if (bad != default)
        {
            problems.Add(new(field, $"'{Quote(value)}' contains {Describe(bad)}; CAP allows no spaces, commas, '&' or '<' here"));
        }
    }

    private static void Text(string field, string? value, int maxLength, bool required, List<AlertProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new(field, "must not be empty"));
            }

            return;
        }

        if (value.Length > maxLength)
        {
            problems.Add(new(field, $"is {value.Length:N0} characters long; at most {maxLength:N0}"));
        }

        if (AlertText.FirstNonXmlCharacter(value) is var (index, codePoint))
        {
            problems.Add(new(field, $"contains the control character U+{codePoint:X4} at position {index + 1}; remove it"));
        }
    }

    private static void Defined<TEnum>(string field, TEnum value, List<AlertProblem> problems)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            var names = string.Join(", ", Enum.GetNames<TEnum>());
            problems.Add(new(field, $"'{value}' is not one of {names}"));
        }
    }

    private static void CheckAreas(IReadOnlyList<string>? codes, List<AlertProblem> problems)
    {
        if (codes is null || codes.Count == 0)
        {
            problems.Add(new("areaCodes", "name at least one area (an official province or commune code)"));
            return;
        }

        if (codes.Count > MaxAreaCodes)
        {
            problems.Add(new("areaCodes", $"{codes.Count:N0} areas; at most {MaxAreaCodes}: name the province instead of each of its communes"));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i] ?? "";
            var field = $"areaCodes[{i}]";
            if (!IsAreaCode(code))
            {
                problems.Add(new(field, $"'{Quote(code)}' is not an official area code (2 to 5 digits, e.g. 82 or 29308)"));
            }
            else if (!seen.TryAdd(code, i))
            {
                problems.Add(new(field, $"'{code}' already appears as areaCodes[{seen[code]}]"));
            }
        }
    }

    /// <summary>Official province and commune codes: 2 to 5 ASCII digits.</summary>
    public static bool IsAreaCode(string? code) => code is { Length: >= 2 and <= 5 } && code.All(char.IsAsciiDigit);

    private static void CheckContent(AlertMessage message, List<AlertProblem> problems)
    {
        var hasText = !string.IsNullOrWhiteSpace(message.Text);
        if (message.Audio is null && !hasText)
        {
            problems.Add(new("text", "give either audio to play or text for the loudspeakers to speak"));
        }

        if (hasText)
        {
            Text("text", message.Text, MaxTextLength, required: false, problems);
        }

        if (message.Audio is not { } audio)
        {
            return;
        }

        if (!Uri.TryCreate(audio.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || audio.Url.Any(char.IsWhiteSpace))
        {
            problems.Add(new("audio.url", $"'{Quote(audio.Url ?? "")}' is not an http or https address the devices can fetch"));
        }

        if (!IsSha256(audio.Sha256))
        {
            var hint = audio.Sha256 is { Length: 64 } upper && IsSha256(upper.ToLowerInvariant()) ? "; write it in lower case" : "";
            problems.Add(new("audio.sha256", $"'{Quote(audio.Sha256 ?? "")}' is not a SHA-256 in hex (64 characters 0–9, a–f){hint}"));
        }

        if (!(audio.DurationS > 0) || double.IsInfinity(audio.DurationS))
        {
            problems.Add(new("audio.durationS", $"{audio.DurationS.ToString(CultureInfo.InvariantCulture)} is not a duration; give the length of the audio in seconds, more than 0"));
        }
    }

    /// <summary>SHA-256 as the device protocol carries it: 64 lower-case hex digits.</summary>
    public static bool IsSha256(string? value) => value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        ',' => "a comma",
        _ when char.IsWhiteSpace(c) => $"a whitespace character (U+{(int)c:X4})",
        _ when char.IsControl(c) => $"a control character (U+{(int)c:X4})",
        _ => $"'{c}'",
    };
}
