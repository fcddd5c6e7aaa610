using System.Globalization;
using System.Text.RegularExpressions;

namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>
/// CAP 1.2 times: <c>2025-11-22T08:00:00+07:00</c>, whole seconds with an explicit offset. CAP
/// forbids "Z" (UTC is written <c>-00:00</c> or <c>+00:00</c>); this system writes Vietnam time,
/// +07:00 all year (Asia/Ho_Chi_Minh has no daylight saving).
/// </summary>
public static partial class CapTime
{
    /// <summary>The offset written on export: Asia/Ho_Chi_Minh.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private const string Format = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary><paramref name="value"/> in Vietnam time, fractions of a second dropped.</summary>
    public static string Write(DateTimeOffset value)
    {
        var local = value.ToOffset(VietnamOffset);
        return Truncate(local).ToString(Format, CultureInfo.InvariantCulture);
    }

    /// <summary>The time, or null when <paramref name="text"/> is not in CAP's form.</summary>
    public static DateTimeOffset? Read(string text) =>
        CapPattern().IsMatch(text)
            && DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;

    /// <summary>Whole seconds: what survives a trip through CAP.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) => value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CapPattern();
}
