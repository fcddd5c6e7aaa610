using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Connecting;

[Collection(MosquittoCollection.Name)]
public sealed class LastWillTests(MosquittoFixture mosquitto)
{
    [Theory]
    [InlineData(MqttProtocolVersion.V500)]
    [InlineData(MqttProtocolVersion.V311)]
    public async Task The_will_is_published_when_the_client_dies_without_DISCONNECT(MqttProtocolVersion version)
    {
        var statusTopic = Unique.Topic("status");
        var watcher = new MessageCollector();
        await using var observer = new MqttClient();
        await observer.ConnectAsync(mosquitto.Options("will-watch", handler: watcher.HandleAsync));
        await observer.SubscribeAsync(statusTopic, MqttQualityOfService.AtLeastOnce);

        await using var proxy = new TcpProxy(mosquitto.Broker.Port);
        await using var device = new MqttClient();
        var options = mosquitto.Options("will-device");
        (options.Port, options.ProtocolVersion) = (proxy.Port, version);
        options.Will = new MqttApplicationMessage(statusTopic, "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce)
        {
            ContentType = "text/plain",
            UserProperties = [new("device", "d-1")],
        };
        await device.ConnectAsync(options);
        await device.PublishStringAsync(statusTopic, "online", MqttQualityOfService.AtLeastOnce);
        await watcher.WaitForAsync(1).WithTimeout("the online status");

        proxy.DropAll();

        await watcher.WaitForAsync(2).WithTimeout("the broker publishing the will of the dead client");
        var will = watcher.Messages[1];
        Assert.Equal((statusTopic, "offline"), (will.Topic, will.Payload.ToArray().Utf8()));
        if (version == MqttProtocolVersion.V500)
        {
            Assert.Equal("text/plain", will.ContentType);
            Assert.Equal([new("device", "d-1")], will.UserProperties!);
        }
    }

    [Fact]
    public async Task A_normal_disconnect_suppresses_the_will_and_disconnect_with_will_message_sends_it()
    {
        var statusTopic = Unique.Topic("status");
        var watcher = new MessageCollector();
        await using var observer = new MqttClient();
        await observer.ConnectAsync(mosquitto.Options("will-watch", handler: watcher.HandleAsync));
        await observer.SubscribeAsync(statusTopic, MqttQualityOfService.AtLeastOnce);
        var options = mosquitto.Options("will-device");
        options.Will = MqttApplicationMessage.FromString(statusTopic, "offline", MqttQualityOfService.AtLeastOnce);

        await using var polite = new MqttClient();
        await polite.ConnectAsync(options);
        await polite.DisconnectAsync();
        await using var leaving = new MqttClient();
        await leaving.ConnectAsync(options);
        await leaving.DisconnectAsync(MqttReasonCode.DisconnectWithWillMessage);
        await observer.PublishStringAsync(statusTopic, "marker", MqttQualityOfService.AtLeastOnce);

        await watcher.WaitForAsync(2).WithTimeout("the will sent on request, then the marker");
        Assert.Equal(["offline", "marker"], watcher.Messages.Select(m => m.Payload.ToArray().Utf8()));
    }
}
