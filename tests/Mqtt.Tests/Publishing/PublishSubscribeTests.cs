using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Publishing;

[Collection(MosquittoCollection.Name)]
public sealed class PublishSubscribeTests(MosquittoFixture mosquitto)
{
    [Theory]
    [InlineData(MqttQualityOfService.AtMostOnce)]
    [InlineData(MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttQualityOfService.ExactlyOnce)]
    public async Task Messages_published_at_each_QoS_arrive_in_order_with_their_bytes(MqttQualityOfService qos)
    {
        var logs = new LogCapture();
        var topic = Unique.Topic("pubsub");
        var received = new MessageCollector();
        await using var subscriber = new MqttClient();
        await using var publisher = new MqttClient();
        await subscriber.ConnectAsync(mosquitto.Options("sub", logs, received.HandleAsync));
        await publisher.ConnectAsync(mosquitto.Options("pub", logs));
        var granted = await subscriber.SubscribeAsync(topic, qos);
        Assert.Equal((MqttReasonCode)qos, Assert.Single(granted.Items).ReasonCode);

        for (var i = 0; i < 20; i++)
        {
            var result = await publisher.PublishAsync(topic, new byte[] { (byte)i, 0xFF, 0x00 }, qos);
            Assert.True(result.IsSuccess, $"publish {i} refused: {result}");
        }

        await received.WaitForAsync(20).WithTimeout($"20 QoS {(int)qos} messages reaching the subscriber");
        Assert.Equal(Enumerable.Range(0, 20).Select(i => new byte[] { (byte)i, 0xFF, 0x00 }), received.Messages.Select(m => m.Payload.ToArray()));
        Assert.All(received.Messages, m => Assert.Equal(topic, m.Topic));
        Assert.All(received.Flags, f => Assert.Equal(qos, f.QualityOfService));
        logs.ThrowIfErrors();
    }

    [Fact]
    public async Task Properties_of_a_message_travel_through_the_broker()
    {
        var topic = Unique.Topic("properties");
        var received = new MessageCollector();
        await using var subscriber = new MqttClient();
        await using var publisher = new MqttClient();
        await subscriber.ConnectAsync(mosquitto.Options("sub", handler: received.HandleAsync));
        await publisher.ConnectAsync(mosquitto.Options("pub"));
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);

        await publisher.PublishAsync(new MqttApplicationMessage(topic, "{\"cmdId\":\"c-1\"}"u8.ToArray(), MqttQualityOfService.AtLeastOnce)
        {
            PayloadFormatIndicator = MqttPayloadFormatIndicator.CharacterData,
            ContentType = "application/json",
            ResponseTopic = topic + "/reply",
            CorrelationData = new byte[] { 1, 2, 3 },
            MessageExpiryInterval = TimeSpan.FromHours(1),
            UserProperties = [new("station", "s-17"), new("tên", "Đài xã Tân Hòa")],
        });

        await received.WaitForAsync(1).WithTimeout("the message with properties");
        var message = Assert.Single(received.Messages);
        Assert.Equal(MqttPayloadFormatIndicator.CharacterData, message.PayloadFormatIndicator);
        Assert.Equal("application/json", message.ContentType);
        Assert.Equal(topic + "/reply", message.ResponseTopic);
        Assert.Equal(new byte[] { 1, 2, 3 }, message.CorrelationData!.Value.ToArray());
        Assert.InRange(message.MessageExpiryInterval!.Value, TimeSpan.FromSeconds(3590), TimeSpan.FromHours(1));
        Assert.Equal([new("station", "s-17"), new("tên", "Đài xã Tân Hòa")], message.UserProperties!);
    }
}
