using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Grains.Tests.Stations;

public sealed class HeartbeatTests
{
    [Fact]
    public async Task A_first_heartbeat_brings_the_device_online_and_the_station_degraded()
    {
        await using var harness = await StationHarness.StartAsync();

        Assert.Equal(IngestOutcome.Accepted, await harness.Heartbeat("d-01", volume: 65));

        var snapshot = await harness.Station().GetSnapshotAsync();
        var device = snapshot.Devices.Single(d => d.DeviceId == "d-01");
        Assert.True(device.Online);
        Assert.Equal(65, device.Volume);
        Assert.Equal(-71, device.Rssi);
        Assert.Equal(harness.Clock.GetUtcNow(), device.LastSeen);
        Assert.Equal(StationHealth.Degraded, snapshot.Health);
        Assert.Equal("Đài truyền thanh xã Mỹ Hiệp", snapshot.Name);
        Assert.Equal(
            [("d-01", "online"), (null, "degraded")],
            harness.History.All.Select(t => (t.DeviceId, t.State)));
    }

    [Fact]
    public async Task Every_device_online_makes_the_station_up()
    {
        await using var harness = await StationHarness.StartAsync();

        await harness.Heartbeat("d-01");
        await harness.Heartbeat("d-02");

        Assert.Equal(StationHealth.Up, (await harness.Station().GetSnapshotAsync()).Health);
        Assert.Equal("up", harness.History.All[^1].State);
    }

    [Fact]
    public async Task Repeated_heartbeats_persist_no_transition()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Heartbeat("d-01");
        var recorded = harness.History.All.Count;

        for (var i = 0; i < 10; i++)
        {
            await harness.AdvanceAsync(StationHarness.Interval);
            await harness.Heartbeat("d-01");
        }

        Assert.Equal(recorded, harness.History.All.Count);
    }

    [Fact]
    public async Task A_duplicate_or_older_seq_of_the_same_boot_is_dropped()
    {
        await using var harness = await StationHarness.StartAsync();
        Assert.Equal(IngestOutcome.Accepted, await harness.Send("d-01", seq: 10, uptimeS: 300, volume: 70));

        Assert.Equal(IngestOutcome.Duplicate, await harness.Send("d-01", seq: 10, uptimeS: 300, volume: 10));
        Assert.Equal(IngestOutcome.Duplicate, await harness.Send("d-01", seq: 9, uptimeS: 270, volume: 10));
        Assert.Equal(70, (await harness.Device("d-01")).Volume);
    }

    [Fact]
    public async Task A_restarted_device_starting_its_seq_over_is_accepted()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Send("d-01", seq: 500, uptimeS: 15_000);
        await harness.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(IngestOutcome.Accepted, await harness.Send("d-01", seq: 1, uptimeS: 20, volume: 40));
        await harness.AdvanceAsync(StationHarness.Interval);
        Assert.Equal(IngestOutcome.Accepted, await harness.Send("d-01", seq: 2, uptimeS: 50, volume: 41));
        Assert.Equal(41, (await harness.Device("d-01")).Volume);
    }

    [Fact]
    public async Task A_heartbeat_from_before_a_restart_arriving_late_is_dropped()
    {
        await using var harness = await StationHarness.StartAsync();
        await harness.Send("d-01", seq: 500, uptimeS: 15_000);
        await harness.AdvanceAsync(TimeSpan.FromMinutes(2));
        await harness.Send("d-01", seq: 1, uptimeS: 20, volume: 40);

        Assert.Equal(IngestOutcome.Duplicate, await harness.Send("d-01", seq: 501, uptimeS: 15_030 + 60, volume: 99));
        Assert.Equal(40, (await harness.Device("d-01")).Volume);
    }

    [Fact]
    public async Task A_device_clock_hours_off_changes_nothing()
    {
        await using var harness = await StationHarness.StartAsync();

        await harness.Heartbeat("d-01");
        await harness.AdvanceAsync(StationHarness.Interval);
        await harness.Heartbeat("d-01");

        var device = await harness.Device("d-01");
        Assert.True(device.Online);
        Assert.Equal(harness.Clock.GetUtcNow(), device.LastSeen);
    }

    [Fact]
    public async Task Unknown_devices_and_stations_are_refused_and_change_nothing()
    {
        await using var harness = await StationHarness.StartAsync();

        Assert.Equal(IngestOutcome.UnknownDevice, await harness.Heartbeat("d-99"));
        Assert.Equal(IngestOutcome.UnknownStation, await harness.Heartbeat("d-01", station: "s-00000"));
        Assert.Equal(IngestOutcome.UnknownDevice, await harness.Status("d-99", true));

        Assert.Empty(harness.History.All);
        Assert.All((await harness.Station().GetSnapshotAsync()).Devices, d => Assert.False(d.Online));
        Assert.False((await harness.Station("s-00000").GetSnapshotAsync()).Registered);
    }
}
