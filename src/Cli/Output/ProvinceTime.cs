using System.Globalization;

namespace CommuneRadio.Cli.Output;

/// <summary>Times as operators read them: wall-clock in Vietnam (UTC+07:00 all year; Asia/Ho_Chi_Minh has no daylight saving).</summary>
public static class ProvinceTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static string Format(DateTimeOffset time) => time.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? time) => time is { } t ? Format(t) : "";
}
