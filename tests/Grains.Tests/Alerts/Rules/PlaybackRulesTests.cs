using static CommuneRadio.Grains.Tests.Alerts.Rules.SampleAlerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

public sealed class PlaybackRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(100)]
    public void A_volume_from_0_to_100_or_none_passes(int? volume) =>
        Assert.Empty(Problems(Text() with { Volume = volume }));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_volume_outside_0_to_100_is_refused(int volume) =>
        Assert.StartsWith($"{volume} is outside 0–100", SingleProblem(Text() with { Volume = volume }, "volume").Problem);

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void A_repeat_from_1_to_20_passes(int repeat) =>
        Assert.Empty(Problems(Text() with { Repeat = repeat }));

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void A_repeat_outside_1_to_20_is_refused(int repeat) =>
        Assert.StartsWith($"{repeat} is outside 1–20", SingleProblem(Text() with { Repeat = repeat }, "repeat").Problem);

    [Theory]
    [InlineData(0)]
    [InlineData(86_400)]
    public void A_repeat_interval_up_to_a_day_passes(int seconds) =>
        Assert.Empty(Problems(Text() with { RepeatIntervalS = seconds }));

    [Theory]
    [InlineData(-1)]
    [InlineData(86_401)]
    public void A_repeat_interval_below_zero_or_over_a_day_is_refused(int seconds) =>
        Assert.StartsWith($"{seconds} is outside 0–", SingleProblem(Text() with { RepeatIntervalS = seconds }, "repeatIntervalS").Problem);
}
