using CommuneRadio.Grains.Devices;
using MQTTnet.Protocol;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Faults;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Silo.Tests.Gateway;

/// <summary>Bad device messages are counted and dropped; they never change a station's state nor stop the gateway.</summary>
public sealed class MalformedMessagesTests
{
    private const string Station = "s-29308";

    [Fact]
    public async Task Malformed_messages_are_counted_the_station_is_unchanged_and_a_good_heartbeat_after_them_is_processed()
    {
        await using var silo = await SiloHost.StartAsync("malformed");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(
            silo, configure: o => o with { HeartbeatInterval = TimeSpan.FromHours(1), HeartbeatQualityOfService = MqttQualityOfServiceLevel.AtLeastOnce });
        await using var raw = await RawDevice.EnrollAndConnectAsync(silo, Station, "d-92");
        await TaskTimeouts.Eventually(async () => (await silo.StationAsync(Station)).Devices.Count(d => d.Online) == 3, $"the simulated devices of {Station} show online");
        var before = await silo.GatewayAsync();
        var stateBefore = await silo.DeviceAsync(Station, "d-01");

        var device = devices[Station, "d-01"];
        foreach (var kind in Enum.GetValues<MalformedKind>())
        {
            await device.PublishMalformedAsync(kind).WithTimeout($"d-01 publishes a {kind} heartbeat");
        }

        string[] heartbeats =
        [
            """{"seq":5,"uptimeS":5,"volume":50,"state":"đang phát"}""", // Vietnamese text where an enum belongs
            """{"seq":5,"uptimeS":5,"volume":50.5,"state":"idle"}""",
            """{"seq":-5,"uptimeS":5,"volume":50,"state":"idle"}""",
            """{"seq":5,"uptimeS":5,"volume":50,"state":"idle","firmware":"Phiên bản phần mềm của cụm loa truyền thanh xã Mỹ Hiệp, tỉnh Đồng Tháp"}""",
            """{"uptimeS":5,"volume":50,"state":"idle"}""",
            "null",
            "[1,2,3]",
            "",
        ];
        foreach (var payload in heartbeats)
        {
            Assert.True((await raw.PublishAsync(raw.OwnTopic("heartbeat"), payload)).IsSuccess, $"the broker takes the heartbeat {payload}");
        }

        Assert.True((await raw.PublishAsync(raw.OwnTopic("status"), "trực tuyến")).IsSuccess);
        Assert.True((await raw.PublishAsync(raw.OwnTopic("ack"), """{"state":"done","reason":"đã phát xong"}""")).IsSuccess);
        var malformedSent = Enum.GetValues<MalformedKind>().Length + heartbeats.Length + 2;

        // Well-formed heartbeats from accounts the registry does not know: a station that does not
        // exist, and a device its station does not have.
        var accounts = silo.Services.GetRequiredService<IBrokerAccounts>();
        var strays = await accounts.ProvisionAsync([new DeviceAddress("s-99999", "d-01"), new DeviceAddress(Station, "d-77")]);
        foreach (var stray in strays)
        {
            await using var client = await RawDevice.ConnectAsync(silo, new SimulatorCredentials(stray.StationId, stray.DeviceId, stray.Username, stray.ClientId, stray.Password));
            Assert.True((await client.PublishAsync(client.OwnTopic("heartbeat"), RawDevice.Heartbeat(1, 20))).IsSuccess);
        }

        await TaskTimeouts.Eventually(
            async () => await silo.GatewayAsync() is var now
                && now.MalformedTotal == before.MalformedTotal + malformedSent
                && now.RejectedOf("unknownStation") == before.RejectedOf("unknownStation") + 1
                && now.RejectedOf("unknownDevice") == before.RejectedOf("unknownDevice") + 1,
            $"the gateway counts {malformedSent} malformed messages and 2 for unknown ids");
        var counted = await silo.GatewayAsync();
        Assert.Equal(before.Malformed.GetValueOrDefault("size") + 1, counted.Malformed.GetValueOrDefault("size"));
        Assert.Equal(before.Failed, counted.Failed);

        Assert.Equal(stateBefore, await silo.DeviceAsync(Station, "d-01"));
        var station = await silo.StationAsync(Station);
        Assert.DoesNotContain(station.Devices, d => d.DeviceId == "d-77");
        Assert.False(station.Devices.Single(d => d.DeviceId == "d-92").Online, "no valid message from d-92 arrived yet");
        using (var unknown = await silo.Http.GetAsync("/api/stations/s-99999"))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        }

        // The gateway still works: a good heartbeat after all that is processed, Vietnamese text intact.
        device.TurnVolumeKnob(55);
        await device.SendHeartbeatAsync();
        const string firmware = "Bản 2.1 – Đài xã Mỹ Hiệp";
        Assert.True((await raw.PublishAsync(raw.OwnTopic("heartbeat"), RawDevice.Heartbeat(1, 35, firmware))).IsSuccess);
        await TaskTimeouts.Eventually(async () => (await silo.DeviceAsync(Station, "d-01")).Volume == 55, "d-01's good heartbeat after the malformed ones shows in the API");
        await TaskTimeouts.Eventually(async () => (await silo.DeviceAsync(Station, "d-92")) is { Online: true, Volume: 35, Firmware: firmware }, "d-92's heartbeat with Vietnamese firmware text shows in the API");
        using var health = await silo.Http.GetAsync("/health");
        Assert.True(health.IsSuccessStatusCode, "the Silo stays healthy");
    }
}
