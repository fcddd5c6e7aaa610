using CommuneRadio.Grains.Events;

namespace CommuneRadio.Grains.Tests.Events;

public sealed class UptimeCalculatorTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(7));

    private static StatusTransition At(int hour, string state) => new("s-1", "d-01", state, Midnight.AddHours(hour), "test");

    [Fact]
    public void A_day_with_an_outage_splits_into_online_and_offline_time()
    {
        var totals = UptimeCalculator.Compute("online", [At(2, "offline"), At(5, "online")], Midnight, Midnight.AddDays(1));

        Assert.Equal(TimeSpan.FromHours(21), totals.In("online"));
        Assert.Equal(TimeSpan.FromHours(3), totals.In("offline"));
        Assert.Equal(TimeSpan.Zero, totals.Unknown);
        Assert.Equal(21.0 / 24, totals.Share("online"));
    }

    [Fact]
    public void Time_before_a_device_was_ever_seen_is_unknown_not_down()
    {
        var totals = UptimeCalculator.Compute(null, [At(6, "online")], Midnight, Midnight.AddHours(12));

        Assert.Equal(TimeSpan.FromHours(6), totals.Unknown);
        Assert.Equal(TimeSpan.FromHours(6), totals.In("online"));
        Assert.Equal(1.0, totals.Share("online"));
    }

    [Fact]
    public void A_window_with_no_transition_is_all_in_the_state_it_started_in()
    {
        var totals = UptimeCalculator.Compute("offline", [], Midnight, Midnight.AddHours(8));

        Assert.Equal(TimeSpan.FromHours(8), totals.In("offline"));
        Assert.Null(UptimeCalculator.Compute(null, [], Midnight, Midnight.AddHours(8)).Share("online"));
    }
}
