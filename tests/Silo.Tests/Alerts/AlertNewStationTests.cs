using System.Net.Http.Json;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Alerts;

public sealed class AlertNewStationTests
{
    [Fact]
    public async Task A_station_added_under_the_alerted_commune_while_the_alert_is_live_gets_it_too()
    {
        await using var silo = await SiloHost.StartAsync("alert_newstation");
        await SimulatedDevices.ImportAsync(silo);
        var sent = await AlertApi.SendAsync(silo, new { template = "storm", areaCodes = new[] { "29308" }, repeat = 1, status = "exercise" });

        using (var created = await silo.Http.PostAsJsonAsync("/api/stations", new { id = "s-29308-b", name = "Đài truyền thanh ấp Mỹ Phú", areaCode = "29308" }))
        {
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        using var enrolled = await silo.Http.PostAsJsonAsync("/api/stations/s-29308-b/devices", new { id = "d-01", name = "Cụm loa ấp Mỹ Phú" });
        Assert.True(enrolled.IsSuccessStatusCode, await enrolled.Content.ReadAsStringAsync());
        var credentials = (await enrolled.Content.ReadFromJsonAsync<SimulatorCredentials>())!;
        await using var device = new SimulatedDevice(
            new DeviceProfile { StationId = "s-29308-b", DeviceId = "d-01" },
            credentials,
            new SimulatedDeviceOptions { BrokerHost = silo.Broker.Host, BrokerPort = silo.Broker.Port, PlaybackSpeed = 50 });
        await device.StartAsync();

        await device.WaitForAckAsync(AlertApi.CmdId(sent), AckState.Done).WithTimeout("the new station's loudspeaker plays the storm warning");
        var progress = await AlertApi.ProgressAsync(silo, AlertApi.Id(sent));
        Assert.Contains(progress.GetProperty("alert").GetProperty("stations").EnumerateArray(), s => s.GetProperty("stationId").GetString() == "s-29308-b");
    }
}
