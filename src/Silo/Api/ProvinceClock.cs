namespace CommuneRadio.Silo.Api;

/// <summary>Wall-clock days as operators count them: Asia/Ho_Chi_Minh (UTC+7, no daylight saving).</summary>
public static class ProvinceClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    /// <summary>The instant a local day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
}
