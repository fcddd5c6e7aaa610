using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Publishing;

[Collection(MosquittoCollection.Name)]
public sealed class RetainedMessageTests(MosquittoFixture mosquitto)
{
    [Fact]
    public async Task A_retained_message_reaches_later_subscribers_flagged_retained_until_an_empty_one_clears_it()
    {
        var topic = Unique.Topic("status");
        await using var publisher = new MqttClient();
        await publisher.ConnectAsync(mosquitto.Options("retain-pub"));
        await publisher.PublishStringAsync(topic, "online", MqttQualityOfService.AtLeastOnce, retain: true);

        var first = new MessageCollector();
        await using (var late = new MqttClient())
        {
            await late.ConnectAsync(mosquitto.Options("retain-late", handler: first.HandleAsync));
            await late.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
            await first.WaitForAsync(1).WithTimeout("the retained message reaching a later subscriber");
        }

        Assert.Equal("online", Assert.Single(first.Messages).Payload.ToArray().Utf8());
        Assert.True(Assert.Single(first.Flags).Retain);

        // An empty retained message clears it: the next subscriber sees only a live marker.
        await publisher.PublishAsync(topic, ReadOnlyMemory<byte>.Empty, MqttQualityOfService.AtLeastOnce, retain: true);
        var second = new MessageCollector();
        await using var later = new MqttClient();
        await later.ConnectAsync(mosquitto.Options("retain-later", handler: second.HandleAsync));
        await later.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await publisher.PublishStringAsync(topic, "live", MqttQualityOfService.AtLeastOnce);
        await second.WaitForAsync(1).WithTimeout("the live marker");

        Assert.Equal("live", Assert.Single(second.Messages).Payload.ToArray().Utf8());
        Assert.False(Assert.Single(second.Flags).Retain);
    }
}
