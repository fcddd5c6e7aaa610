using static CommuneRadio.Grains.Tests.Alerts.Rules.SampleAlerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

public sealed class TimeRulesTests
{
    [Fact]
    public void Expires_one_second_ahead_passes() =>
        Assert.Empty(Problems(Text() with { Expires = Now.AddSeconds(1) }));

    [Fact]
    public void Expires_exactly_seven_days_ahead_passes() =>
        Assert.Empty(Problems(Text() with { Expires = Now.AddDays(7) }));

    [Fact]
    public void Expires_in_the_past_is_refused_with_both_times()
    {
        var message = Text() with { Sent = Now.AddHours(-3), Expires = Now.AddHours(-1) };

        var problem = SingleProblem(message, "expires");

        Assert.Equal("2025-11-22T07:00:00+07:00 is already past (now 2025-11-22T08:00:00+07:00); nothing would be sent", problem.Problem);
    }

    [Fact]
    public void Expires_now_is_already_past() =>
        Assert.Contains("already past", Assert.Single(Problems(Text() with { Sent = Now.AddHours(-1), Expires = Now })).Problem);

    [Fact]
    public void Expires_before_sent_is_refused()
    {
        var message = Text() with { Sent = Now.AddHours(2), Expires = Now.AddHours(1) };

        Assert.Equal("2025-11-22T09:00:00+07:00 must be after sent (2025-11-22T10:00:00+07:00)", SingleProblem(message, "expires").Problem);
    }

    [Fact]
    public void Expires_more_than_seven_days_ahead_is_refused() =>
        Assert.Contains("more than 7 days ahead", SingleProblem(Text() with { Expires = Now.AddDays(7).AddSeconds(1) }, "expires").Problem);

    [Fact]
    public void Times_in_another_offset_compare_as_instants()
    {
        var utc = Now.ToUniversalTime();

        Assert.Empty(Problems(Text() with { Sent = utc, Expires = utc.AddMinutes(30) }));
    }
}
