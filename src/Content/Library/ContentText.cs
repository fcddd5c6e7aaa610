using System.Text;

namespace CommuneRadio.Content.Library;

/// <summary>
/// Vietnamese text as the library keeps it: Unicode NFC (a title typed with combining diacritics
/// and one typed precomposed are the same title), trimmed, with limits. Each check returns null or the problem.
/// </summary>
public static class ContentText
{
    public const int MaxTitleLength = 200;

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormC).Trim();
    }

    public static string? TitleProblem(string? title) => title is null ? "is required" : Normalize(title) switch
    {
        "" => "is required",
        { Length: > MaxTitleLength } => $"must be at most {MaxTitleLength} characters",
        var t when t.Any(char.IsControl) => "must not contain control characters",
        _ => null,
    };

    public static string? SpeechProblem(string? text, int maxLength) => text is null ? "is required" : Normalize(text) switch
    {
        "" => "is required",
        var t when t.Length > maxLength => $"is {t.Length} characters; one item reads at most {maxLength}",
        _ => null,
    };
}
