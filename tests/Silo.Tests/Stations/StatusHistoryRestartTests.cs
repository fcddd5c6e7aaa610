using System.Net.Http.Json;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Stations;

/// <summary>Status history is written before a transition's turn ends, so a Silo restart keeps every transition and uptime carries on from it.</summary>
public sealed class StatusHistoryRestartTests
{
    private const string Station = "s-29224";

    [Fact]
    public async Task Status_history_and_uptime_survive_a_silo_restart_and_carry_on_after_it()
    {
        // Both clocks are moved by the test: the Silo's stamps transitions, the devices' decides when
        // a dropped link comes back. An hour between heartbeats keeps silence out of the picture.
        var siloClock = new ManualTimeProvider(SiloClocks.TomorrowMorning());
        var deviceClock = new ManualTimeProvider();
        await using var silo = await SiloHost.StartAsync("history-restart", new SiloHostOptions { Time = siloClock, HeartbeatInterval = TimeSpan.FromHours(1) });
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { HeartbeatInterval = TimeSpan.FromHours(1) }, time: deviceClock);
        await TaskTimeouts.Eventually(async () => (await silo.StationAsync(Station)).Devices.All(d => d.Online), $"every device of {Station} shows online");
        var start = siloClock.GetUtcNow();

        siloClock.Advance(TimeSpan.FromMinutes(10));
        await devices[Station, "d-03"].DropLinkAsync(TimeSpan.FromMinutes(5));
        await TaskTimeouts.Eventually(async () => !(await silo.DeviceAsync(Station, "d-03")).Online, "d-03 goes offline on its Will");
        siloClock.Advance(TimeSpan.FromMinutes(5));
        deviceClock.Advance(TimeSpan.FromMinutes(5));
        await TaskTimeouts.Eventually(async () => (await silo.DeviceAsync(Station, "d-03")).Online, "d-03 comes back after 5 minutes");
        siloClock.Advance(TimeSpan.FromMinutes(5));

        var stationBefore = await silo.HistoryAsync(Station);
        var deviceBefore = await silo.HistoryAsync(Station, "d-03");
        Assert.Equal(
            [("online", start), ("offline", start.AddMinutes(10)), ("online", start.AddMinutes(15))],
            deviceBefore.Select(t => (t.State, t.At)).ToArray());
        // (The roll-up passes through degraded at the start while the devices come online one by one.)
        Assert.Equal(
            [("up", start), ("degraded", start.AddMinutes(10)), ("up", start.AddMinutes(15))],
            stationBefore.Where(t => t.DeviceId is null).Select(t => (t.State, t.At)).SkipWhile(t => t.State != "up").ToArray());

        await silo.RestartAsync();

        Assert.Equal(stationBefore, await silo.HistoryAsync(Station));
        Assert.Equal(deviceBefore, await silo.HistoryAsync(Station, "d-03"));

        // Ten more minutes after the restart count as up time: the restarted Silo carries on from the history.
        siloClock.Advance(TimeSpan.FromMinutes(10));
        var uptime = (await silo.Http.GetFromJsonAsync<UptimeView>($"/api/stations/{Station}/uptime", SiloApi.Json))!;
        var d03 = uptime.Devices.Single(d => d.Id == "d-03");
        Assert.Equal(25 * 60, d03.Seconds["online"]);
        Assert.Equal(5 * 60, d03.Seconds["offline"]);
        Assert.Equal(30 * 60, uptime.Devices.Single(d => d.Id == "d-01").Seconds["online"]);
        Assert.Equal(25 * 60, uptime.Station.Seconds["up"]);
        Assert.Equal(5 * 60, uptime.Station.Seconds["degraded"]);
    }

    private sealed record UptimeView(string StationId, UptimeEntryView Station, IReadOnlyList<UptimeEntryView> Devices);

    private sealed record UptimeEntryView(string Id, Dictionary<string, double> Seconds, double UnknownSeconds, double? Availability);
}
