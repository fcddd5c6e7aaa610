namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>Starting points for a Silo clock that a test moves by hand.</summary>
public static class SiloClocks
{
    /// <summary>
    /// 08:00 in Vietnam tomorrow: ahead of the real clock, so what the Silo stamps with its time
    /// (sign-in cookies with an expiry) is still valid to the HTTP client, which judges by real
    /// time; and far from local midnight, so a test's day does not roll over.
    /// </summary>
    public static DateTimeOffset TomorrowMorning() => new(DateTimeOffset.UtcNow.UtcDateTime.Date.AddDays(1).AddHours(1), TimeSpan.Zero);
}
