using CommuneRadio.MqttLink;
using MQTTnet;
using MQTTnet.Protocol;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Gateway;

/// <summary>
/// A device's account may publish only under its own topics and read only its station's and its
/// own commands: the broker refuses the rest, so a spoofing device never reaches the gateway.
/// </summary>
public sealed class DeviceAclTests
{
    [Fact]
    public async Task The_broker_refuses_a_device_publishing_as_another_device_and_the_victims_state_is_unchanged()
    {
        await using var silo = await SiloHost.StartAsync("acl-publish");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo, configure: o => o with { HeartbeatInterval = TimeSpan.FromHours(1) });
        await using var spoofer = await RawDevice.EnrollAndConnectAsync(silo, "s-29308", "d-90");
        await TaskTimeouts.Eventually(async () => (await silo.StationAsync("s-29224")).Devices.All(d => d.Online), "every device of s-29224 shows online");

        // Every simulated device's connect messages (its `online` and first heartbeat) are counted
        // before the counters are read, or a late one would look like a spoofed message getting through.
        var connectMessages = devices.All.Count;
        await TaskTimeouts.Eventually(
            async () => await silo.GatewayAsync() is var g && g.ReceivedOf("heartbeat") >= connectMessages && g.ReceivedOf("status") >= connectMessages,
            $"the gateway counts the {connectMessages} simulated devices' connect heartbeats and statuses");
        var before = await silo.GatewayAsync();

        string[] forbidden =
        [
            "stations/s-29224/devices/d-01/heartbeat", // another station's device
            "stations/s-29308/devices/d-02/heartbeat", // another device of its own station
            "stations/s-29224/devices/d-01/ack",
        ];
        foreach (var topic in forbidden)
        {
            var refused = await spoofer.PublishAsync(topic, RawDevice.Heartbeat(seq: 1_000_000, volume: 3));
            Assert.True(refused.ReasonCode == MqttClientPublishReasonCode.NotAuthorized, $"publish to {topic} answered {refused.ReasonCode}, expected NotAuthorized (0x87)");
        }

        var status = await spoofer.PublishAsync("stations/s-29224/devices/d-01/status", "offline", retain: true);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, status.ReasonCode);
        var command = await spoofer.PublishAsync("stations/s-29224/cmd", """{"cmdId":"evil-1","type":"volume","volume":0}""");
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, command.ReasonCode);

        // Its own topic works, and once that heartbeat is in, the counters show nothing else arrived.
        var own = await spoofer.PublishAsync(spoofer.OwnTopic("heartbeat"), RawDevice.Heartbeat(seq: 1, volume: 66));
        Assert.True(own.IsSuccess, $"publishing under its own topic answered {own.ReasonCode}");
        await TaskTimeouts.Eventually(async () => (await silo.DeviceAsync("s-29308", "d-90")) is { Online: true, Volume: 66 }, "the spoofer's own heartbeat shows in the API");

        var after = await silo.GatewayAsync();
        Assert.Equal(before.ReceivedOf("heartbeat") + 1, after.ReceivedOf("heartbeat"));
        Assert.Equal(before.ReceivedOf("status"), after.ReceivedOf("status"));
        Assert.Equal(before.ReceivedOf("ack"), after.ReceivedOf("ack"));
        var victim = await silo.DeviceAsync("s-29224", "d-01");
        Assert.Equal((true, 70), (victim.Online, victim.Volume));
        Assert.Equal((true, 70), ((await silo.DeviceAsync("s-29308", "d-02")).Online, (await silo.DeviceAsync("s-29308", "d-02")).Volume));
        Assert.Empty(devices["s-29224", "d-01"].Journal.Commands);
        Assert.Equal(70, devices["s-29224", "d-01"].Volume);
    }

    [Fact]
    public async Task The_broker_refuses_a_device_subscribing_to_another_stations_or_devices_commands()
    {
        await using var silo = await SiloHost.StartAsync("acl-subscribe");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        await using var device = await RawDevice.EnrollAndConnectAsync(silo, "s-29308", "d-91");

        var granted = await device.Client.SubscribeAsync(
        [
            new() { Topic = "stations/s-29308/cmd", QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce },
            new() { Topic = "stations/s-29308/devices/d-91/cmd", QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce },
        ]);
        Assert.True(granted.AllGranted(), "a device reads its station's and its own commands");

        foreach (var filter in new[] { "stations/s-29224/cmd", "stations/s-29308/devices/d-01/cmd", "stations/+/cmd", "stations/#", "#" })
        {
            var refused = await device.Client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce);
            Assert.True(refused.Items.Single().ResultCode == MqttClientSubscribeResultCode.NotAuthorized, $"subscribing to {filter} answered {refused.Items.Single().ResultCode}, expected NotAuthorized (0x87)");
        }
    }
}
