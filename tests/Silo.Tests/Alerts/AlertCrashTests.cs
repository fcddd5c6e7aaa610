using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Alerts;

public sealed class AlertCrashTests
{
    [Fact]
    public async Task A_Silo_killed_in_the_middle_of_an_alert_resumes_it_after_a_restart_and_no_loudspeaker_plays_it_twice()
    {
        await using var silo = await SiloHost.StartAsync("alert_kill");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        await silo.StartProcessAsync();
        var away = devices["s-29308", "d-02"];
        var dropped = away.DropLinkAsync(TimeSpan.FromSeconds(20));
        await TaskTimeouts.Eventually(async () => !await StationApi.DeviceOnlineAsync(silo, "s-29308", "d-02"), "the console shows d-02 offline");

        var sent = await AlertApi.SendAsync(silo, new { template = "storm", areaCodes = new[] { "29308", "29224" }, repeat = 2, repeatIntervalS = 0, status = "exercise" });
        var cmdId = AlertApi.CmdId(sent);
        foreach (var device in devices.All.Where(d => d != away))
        {
            await device.WaitForPlaysAsync(cmdId, 2).WithTimeout($"{device} plays it twice before the crash");
        }

        await TaskTimeouts.Eventually(async () => AlertApi.Count(await AlertApi.ProgressAsync(silo, AlertApi.Id(sent)), "done") == 5, "five devices shown done");
        await silo.KillProcessAsync();
        await silo.StartProcessAsync();
        await dropped;

        await away.WaitForPlaysAsync(cmdId, 2).WithTimeout("d-02 gets the alert from the restarted Silo when it comes back", TimeSpan.FromSeconds(45));
        await TaskTimeouts.Eventually(
            async () => AlertApi.Count(await AlertApi.ProgressAsync(silo, AlertApi.Id(sent)), "done") == 6,
            "all six devices shown done after the restart", TimeSpan.FromSeconds(30));
        foreach (var device in devices.All)
        {
            Assert.Equal(2, device.Journal.Plays.Count(p => p.CmdId == cmdId && p.Kind == PlaybackEventKind.Started));
        }
    }
}
