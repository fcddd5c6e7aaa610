using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Stations;

/// <summary>How a device goes offline: by silence, measured on the Silo's clock, or at once by its Last Will.</summary>
public sealed class DeviceLivenessTests
{
    private const string Station = "s-29308";

    [Fact]
    public async Task A_device_that_goes_silent_is_offline_after_three_missed_intervals_and_not_before()
    {
        // The Silo runs on a clock the test moves; the devices keep real time but send heartbeats
        // only when told (their own interval is an hour), so the Silo sees exactly the heartbeats below.
        var clock = new ManualTimeProvider(SiloClocks.TomorrowMorning());
        var interval = TimeSpan.FromSeconds(30);
        await using var silo = await SiloHost.StartAsync("liveness-silent", new SiloHostOptions { Time = clock, HeartbeatInterval = interval });
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: QuietDevices);

        // Online can come from the status message alone; wait for each device's first heartbeat too,
        // or a late one would move d-01's last-seen past the moment the test measures from.
        await TaskTimeouts.Eventually(
            async () => (await silo.StationAsync(Station)).Devices.All(d => d.Online && d.Volume is not null),
            $"every device of {Station} shows online with its first heartbeat");

        var silent = devices[Station, "d-01"];
        var talking = devices.All.Where(d => d.StationId == Station && d != silent).ToList();
        silent.GoSilent();
        var lastHeard = (await silo.DeviceAsync(Station, "d-01")).LastSeen!.Value;

        // Two intervals and 29 s: the others keep talking, the silent one is still given the benefit of the doubt.
        foreach (var step in new[] { interval, interval, TimeSpan.FromSeconds(29) })
        {
            clock.Advance(step);
            await HeartbeatAsync(silo, clock, talking);
        }

        Assert.Equal(lastHeard + (3 * interval) - TimeSpan.FromSeconds(1), clock.GetUtcNow());
        Assert.True((await silo.DeviceAsync(Station, "d-01")).Online, "d-01 went offline before 3 heartbeat intervals of silence");

        clock.Advance(TimeSpan.FromSeconds(1));
        await TaskTimeouts.Eventually(async () => !(await silo.DeviceAsync(Station, "d-01")).Online, "d-01 goes offline at 3 intervals of silence");

        var station = await silo.StationAsync(Station);
        Assert.Equal("degraded", station.Health);
        Assert.All(station.Devices.Where(d => d.DeviceId != "d-01"), d => Assert.True(d.Online, $"{d.DeviceId} kept talking and must stay online"));
        var offline = (await silo.HistoryAsync(Station, "d-01")).Last();
        Assert.Equal(("offline", lastHeard + (3 * interval)), (offline.State, offline.At));
        Assert.Contains("no heartbeat", offline.Reason, StringComparison.Ordinal);
        Assert.True(silent.IsOnline, "the silent device is still connected to the broker: only its heartbeats stopped");
    }

    [Fact]
    public async Task A_last_will_marks_the_device_offline_at_once_while_the_rest_of_the_station_stays_online()
    {
        // An hour between heartbeats: going offline within the test can only be the Will.
        await using var silo = await SiloHost.StartAsync("liveness-will", new SiloHostOptions { HeartbeatInterval = TimeSpan.FromHours(1) });
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: QuietDevices);
        await TaskTimeouts.Eventually(async () => (await silo.StationAsync(Station)).Devices.All(d => d.Online), $"every device of {Station} shows online");

        Assert.True(await devices[Station, "d-02"].DropLinkAsync(TimeSpan.FromHours(1)), "d-02 had a link to drop");

        await TaskTimeouts.Eventually(async () => !(await silo.DeviceAsync(Station, "d-02")).Online, "the Last Will of d-02 marks it offline");
        var station = await silo.StationAsync(Station);
        Assert.Equal("degraded", station.Health);
        Assert.True(station.Devices.Where(d => d.DeviceId != "d-02").All(d => d.Online), "only d-02 lost its link");
        Assert.Contains("last will", (await silo.HistoryAsync(Station, "d-02")).Last().Reason, StringComparison.Ordinal);
    }

    private static SimulatedDeviceOptions QuietDevices(SimulatedDeviceOptions options) => options with { HeartbeatInterval = TimeSpan.FromHours(1) };

    /// <summary>Each device heartbeats once and the test waits until the Silo shows it seen at the Silo's current time.</summary>
    private static async Task HeartbeatAsync(SiloHost silo, ManualTimeProvider clock, IEnumerable<SimulatedDevice> devices)
    {
        var now = clock.GetUtcNow();
        foreach (var device in devices)
        {
            await device.SendHeartbeatAsync().WithTimeout($"{device} publishes a heartbeat");
            await TaskTimeouts.Eventually(
                async () => (await silo.DeviceAsync(device.StationId, device.DeviceId)).LastSeen == now,
                $"the Silo records the heartbeat of {device} at {now:O}");
        }
    }
}
