using System.Net;
using System.Net.Http.Json;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Stations;

/// <summary>Desired volume is state the station grain keeps: a device that drifts from it is brought back without an operator acting again.</summary>
public sealed class VolumeDriftTests
{
    private const string Station = "s-29308";

    [Fact]
    public async Task A_turned_knob_and_a_device_reconnecting_with_the_wrong_volume_are_both_corrected_without_another_api_call()
    {
        // Devices heartbeat only when told, and their clock decides when a dropped link comes back.
        var deviceClock = new ManualTimeProvider();
        await using var silo = await SiloHost.StartAsync("volume-drift");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { HeartbeatInterval = TimeSpan.FromHours(1) }, time: deviceClock);
        var station = devices.All.Where(d => d.StationId == Station).ToList();
        await TaskTimeouts.Eventually(async () => (await silo.StationAsync(Station)).Devices.All(d => d.Online), $"every device of {Station} shows online");

        using (var put = await silo.Http.PutAsJsonAsync($"/api/stations/{Station}/volume", new { volume = 40 }))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        await TaskTimeouts.Eventually(() => station.All(d => d.Volume == 40), "every device of the station sets volume 40");
        foreach (var device in station)
        {
            await ReportAsync(silo, device, 40);
        }

        // Someone turns the knob on d-01's cabinet.
        var knob = devices[Station, "d-01"];
        knob.TurnVolumeKnob(85);
        await knob.SendHeartbeatAsync();
        await TaskTimeouts.Eventually(() => knob.Volume == 40, "the Silo sends d-01 a volume correction after it reports 85");
        await ReportAsync(silo, knob, 40);
        Assert.Contains(knob.Journal.Commands, c => c.Command.Type == CommandType.Volume && c.Command.CmdId.Contains("-fix-", StringComparison.Ordinal));

        // d-02 loses its link, is turned down while away, and reconnects reporting 5. (Its clock
        // moves a second only: the Silo, on real time, would take a longer jump in its uptime for
        // a message from an earlier boot.)
        var away = devices[Station, "d-02"];
        await away.DropLinkAsync(TimeSpan.FromSeconds(1));
        await TaskTimeouts.Eventually(async () => !(await silo.DeviceAsync(Station, "d-02")).Online, "d-02 goes offline on its Will");
        away.TurnVolumeKnob(5);
        deviceClock.Advance(TimeSpan.FromSeconds(1));
        await away.WhenOnlineAsync().WithTimeout("d-02 reconnects");
        await TaskTimeouts.Eventually(() => away.Volume == 40, "the Silo corrects d-02, which reconnected with volume 5");
        await ReportAsync(silo, away, 40);
        Assert.Contains(away.Journal.Heartbeats, h => h.Volume == 5);

        var shown = await silo.StationAsync(Station);
        Assert.All(shown.Devices, d => Assert.Equal((true, 40, 40), (d.Online, d.Volume, d.DesiredVolume)));
    }

    /// <summary>The device heartbeats and the test waits for the API to show the volume it reported.</summary>
    private static async Task ReportAsync(SiloHost silo, SimulatedDevice device, int volume)
    {
        var heartbeat = await device.SendHeartbeatAsync().WithTimeout($"{device} publishes a heartbeat");
        Assert.Equal(volume, heartbeat.Volume);
        await TaskTimeouts.Eventually(
            async () => (await silo.DeviceAsync(device.StationId, device.DeviceId)).Volume == volume,
            $"the API shows {device} at volume {volume}");
    }
}
