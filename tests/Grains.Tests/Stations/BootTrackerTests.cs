using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Grains.Tests.Stations;

public sealed class BootTrackerTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(10);

    [Fact]
    public void Heartbeats_queued_during_a_link_drop_and_flushed_late_are_accepted_in_seq_order()
    {
        var boot = new BootTracker();
        Assert.True(boot.Accept(T, 3600, 100, Tolerance));

        // The link dropped at seq 100; seq 101..104 were queued and all arrive five minutes later.
        var flushedAt = T.AddMinutes(5);
        for (var seq = 101; seq <= 104; seq++)
        {
            Assert.True(boot.Accept(flushedAt, 3600 + ((seq - 100) * 30), seq, Tolerance), $"queued seq {seq}");
        }

        Assert.True(boot.Accept(flushedAt.AddSeconds(30), 3600 + 330, 105, Tolerance));
    }

    [Fact]
    public void A_device_in_a_crash_loop_is_heard_at_every_boot()
    {
        var boot = new BootTracker();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(boot.Accept(T.AddSeconds(25 * i), 5, 1, Tolerance), $"boot {i}");
        }
    }

    [Fact]
    public void A_duplicate_delivery_of_the_last_heartbeat_is_dropped()
    {
        var boot = new BootTracker();
        Assert.True(boot.Accept(T, 7200, 240, Tolerance));

        Assert.False(boot.Accept(T.AddSeconds(2), 7200, 240, Tolerance));
        Assert.False(boot.Accept(T.AddSeconds(3), 7170, 239, Tolerance));
    }

    [Fact]
    public void A_device_that_keeps_its_seq_across_reboots_is_still_heard()
    {
        var boot = new BootTracker();
        Assert.True(boot.Accept(T, 7200, 240, Tolerance));

        Assert.True(boot.Accept(T.AddMinutes(3), 30, 241, Tolerance));
        Assert.True(boot.Accept(T.AddMinutes(3).AddSeconds(30), 60, 242, Tolerance));
    }
}
