using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Mqtt.Tests.Publishing;

/// <summary>Against the reference clients shipped with mosquitto: what one side writes, the other reads byte for byte.</summary>
[Collection(MosquittoCollection.Name)]
public sealed class InteropTests(MosquittoFixture mosquitto)
{
    private const string Bulletin = "Cảnh báo bão số 3: các hộ dân ven biển xã Tân Hòa sơ tán trước 17 giờ. Đài truyền thanh xã thông báo.";

    [Theory]
    [InlineData(MqttProtocolVersion.V500, 0)]
    [InlineData(MqttProtocolVersion.V500, 2)]
    [InlineData(MqttProtocolVersion.V311, 1)]
    public async Task Messages_from_mosquitto_pub_arrive_intact(MqttProtocolVersion version, int qos)
    {
        var topic = Unique.Topic("đài-xã");
        var received = new MessageCollector();
        await using var client = new MqttClient();
        var options = mosquitto.Options("from-tool", handler: received.HandleAsync);
        options.ProtocolVersion = version;
        await client.ConnectAsync(options);
        await client.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce);

        await MosquittoTools.PublishAsync(mosquitto.Broker, topic, Bulletin, mosquitto.ToolOptions(qos));

        await received.WaitForAsync(1).WithTimeout("the message of mosquitto_pub");
        var message = Assert.Single(received.Messages);
        Assert.Equal(topic, message.Topic);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Bulletin), message.Payload.ToArray());
        Assert.Equal((MqttQualityOfService)qos, received.Flags[0].QualityOfService);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.AtMostOnce, "mqttv5")]
    [InlineData(MqttProtocolVersion.V500, MqttQualityOfService.ExactlyOnce, "mqttv311")]
    [InlineData(MqttProtocolVersion.V311, MqttQualityOfService.AtLeastOnce, "mqttv5")]
    public async Task Messages_we_publish_are_read_correctly_by_mosquitto_sub(MqttProtocolVersion version, MqttQualityOfService qos, string toolVersion)
    {
        var topic = Unique.Topic("đài-xã");
        byte[] binary = [0x00, 0xFF, 0x10, 0x80, 0x0A, 0x0D];
        await using var subscriber = await MosquittoTools.SubscribeAsync(mosquitto.Broker, topic, count: 2, mosquitto.ToolOptions(2) with { ProtocolVersion = toolVersion });
        await using var client = new MqttClient();
        var options = mosquitto.Options("to-tool");
        options.ProtocolVersion = version;
        await client.ConnectAsync(options);

        await client.PublishStringAsync(topic, Bulletin, qos);
        await client.PublishAsync(topic, binary, qos);

        var messages = await subscriber.Messages.WithTimeout($"mosquitto_sub receiving both messages; it printed:{Environment.NewLine}{subscriber.Output}");
        Assert.Equal([topic, topic], messages.Select(m => m.Topic));
        Assert.Equal(Bulletin, messages[0].PayloadText);
        Assert.Equal(binary, messages[1].Payload);
    }
}
