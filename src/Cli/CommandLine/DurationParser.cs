using System.Globalization;

namespace CommuneRadio.Cli.CommandLine;

/// <summary>Durations as an operator types them: <c>30s</c>, <c>2m</c>, <c>2h</c>, <c>1d</c>, <c>1.5h</c> or <c>01:30:00</c>.</summary>
public static class DurationParser
{
    private static readonly (string Suffix, double Seconds)[] Units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)];

    /// <summary>The duration, or null with <paramref name="problem"/> saying how to write one; zero only when <paramref name="allowZero"/>.</summary>
    public static TimeSpan? Parse(string text, bool allowZero, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        TimeSpan? parsed = null;
        foreach (var (suffix, seconds) in Units)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(value[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                parsed = TimeSpan.FromSeconds(number * seconds);
                break;
            }
        }

        if (parsed is null && value.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span))
        {
            parsed = span;
        }

        problem = parsed switch
        {
            null => $"'{text}' is not a duration; write e.g. 60s, 30m, 2h or 01:30:00",
            { } d when d < TimeSpan.Zero || (d == TimeSpan.Zero && !allowZero) => $"'{text}' must be a positive duration",
            _ => null,
        };
        return problem is null ? parsed : null;
    }
}
