using System.Net;
using System.Net.Http.Json;
using CommuneRadio.MqttLink;
using MQTTnet;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Credentials;

namespace CommuneRadio.Silo.Tests.Gateway;

/// <summary>Device accounts in the broker follow the registry: new passwords on reset, none after removal.</summary>
public sealed class DeviceAccountsTests
{
    private const string Station = "s-29308";

    [Fact]
    public async Task Resetting_a_stations_credentials_gives_every_device_a_new_working_password_and_retires_the_old_ones()
    {
        await using var silo = await SiloHost.StartAsync("accounts-reset");
        var imported = (await SimulatedDevices.ImportAsync(silo)).Where(c => c.StationId == Station).ToList();

        using var response = await silo.Http.PostAsync($"/api/stations/{Station}/credentials", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fresh = (await response.Content.ReadFromJsonAsync<List<SimulatorCredentials>>(SiloApi.Json))!;
        Assert.Equal(imported.Select(c => (c.DeviceId, c.Username, c.ClientId)).Order(), fresh.Select(c => (c.DeviceId, c.Username, c.ClientId)).Order());

        foreach (var (old, renewed) in imported.OrderBy(c => c.DeviceId).Zip(fresh.OrderBy(c => c.DeviceId)))
        {
            Assert.NotEqual(old.Password, renewed.Password);
            await using (var device = await RawDevice.ConnectAsync(silo, renewed))
            {
                var published = await device.PublishAsync(device.OwnTopic("heartbeat"), RawDevice.Heartbeat(1, 50));
                Assert.True(published.IsSuccess, $"{renewed.Username} keeps its rights with the new password: {published}");
            }

            var refused = await Assert.ThrowsAsync<BrokerLinkConnectException>(() => RawDevice.ConnectAsync(silo, old));
            Assert.True(refused.ResultCode is MqttClientConnectResultCode.BadUserNameOrPassword or MqttClientConnectResultCode.NotAuthorized, $"the old password of {old.Username} was answered {refused.ResultCode}");
        }
    }

    [Fact]
    public async Task A_removed_device_is_disconnected_and_can_no_longer_connect()
    {
        await using var silo = await SiloHost.StartAsync("accounts-remove");
        var credentials = (await SimulatedDevices.ImportAsync(silo)).Single(c => c.StationId == Station && c.DeviceId == "d-02");
        await using (var device = await RawDevice.ConnectAsync(silo, credentials))
        {
            using var removed = await silo.Http.DeleteAsync($"/api/stations/{Station}/devices/d-02");
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        var refused = await Assert.ThrowsAsync<BrokerLinkConnectException>(() => RawDevice.ConnectAsync(silo, credentials));
        Assert.True(refused.ResultCode is MqttClientConnectResultCode.BadUserNameOrPassword or MqttClientConnectResultCode.NotAuthorized, $"the removed device was answered {refused.ResultCode}");
        Assert.DoesNotContain((await silo.StationAsync(Station)).Devices, d => d.DeviceId == "d-02");
    }
}
