using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Subscribing;

[Collection(MosquittoCollection.Name)]
public sealed class SubscriptionOptionsTests(MosquittoFixture mosquitto)
{
    [Fact]
    public async Task No_Local_keeps_a_clients_own_messages_from_coming_back()
    {
        var topic = Unique.Topic("nolocal");
        var received = new MessageCollector();
        await using var client = new MqttClient();
        await using var other = new MqttClient();
        await client.ConnectAsync(mosquitto.Options("self", handler: received.HandleAsync));
        await other.ConnectAsync(mosquitto.Options("other"));
        await client.SubscribeAsync([new MqttTopicSubscription(topic, MqttQualityOfService.AtLeastOnce) { NoLocal = true }]);

        await client.PublishStringAsync(topic, "own", MqttQualityOfService.AtLeastOnce);
        await other.PublishStringAsync(topic, "other", MqttQualityOfService.AtLeastOnce);

        await received.WaitForAsync(1).WithTimeout("the other client's message");
        Assert.Equal("other", Assert.Single(received.Messages).Payload.ToArray().Utf8());
    }

    [Fact]
    public async Task Retain_handling_and_retain_as_published_shape_what_a_subscription_receives()
    {
        var topic = Unique.Topic("retain-options");
        await using var publisher = new MqttClient();
        await publisher.ConnectAsync(mosquitto.Options("pub"));
        await publisher.PublishStringAsync(topic, "retained", MqttQualityOfService.AtLeastOnce, retain: true);

        var received = new MessageCollector();
        await using var client = new MqttClient();
        await client.ConnectAsync(mosquitto.Options("sub", handler: received.HandleAsync));
        await client.SubscribeAsync([new MqttTopicSubscription(topic, MqttQualityOfService.AtLeastOnce) { RetainHandling = MqttRetainHandling.DoNotSend, RetainAsPublished = true }]);
        await publisher.PublishStringAsync(topic, "live and retained", MqttQualityOfService.AtLeastOnce, retain: true);

        await received.WaitForAsync(1).WithTimeout("the live message");
        Assert.Equal("live and retained", Assert.Single(received.Messages).Payload.ToArray().Utf8());
        Assert.True(received.Flags[0].Retain, "Retain As Published keeps the publisher's RETAIN flag");
        await publisher.PublishAsync(topic, ReadOnlyMemory<byte>.Empty, MqttQualityOfService.AtLeastOnce, retain: true);
    }

    [Fact]
    public async Task Wildcards_match_levels_and_unsubscribing_stops_delivery()
    {
        var root = Unique.Topic("wild");
        var received = new MessageCollector();
        await using var client = new MqttClient();
        await client.ConnectAsync(mosquitto.Options("wild", handler: received.HandleAsync));
        var granted = await client.SubscribeAsync([new MqttTopicSubscription($"{root}/+/heartbeat", MqttQualityOfService.AtMostOnce), new MqttTopicSubscription($"{root}/cmd/#")]);
        Assert.Equal([MqttReasonCode.GrantedQoS0, MqttReasonCode.GrantedQoS1], granted.Items.Select(i => i.ReasonCode));

        foreach (var topic in new[] { $"{root}/d1/heartbeat", $"{root}/d1/status", $"{root}/cmd", $"{root}/cmd/d1/play" })
        {
            await client.PublishStringAsync(topic, topic, MqttQualityOfService.AtLeastOnce);
        }

        await received.WaitForAsync(3).WithTimeout("the three matching messages");
        var unsubscribed = await client.UnsubscribeAsync([$"{root}/+/heartbeat", $"{root}/never"]);
        Assert.Equal([MqttReasonCode.Success, MqttReasonCode.NoSubscriptionExisted], unsubscribed.Items.Select(i => i.ReasonCode));
        await client.PublishStringAsync($"{root}/d2/heartbeat", "after unsubscribe", MqttQualityOfService.AtLeastOnce);
        await client.PublishStringAsync($"{root}/cmd/marker", "marker", MqttQualityOfService.AtLeastOnce);
        await received.WaitForAsync(4).WithTimeout("the marker");

        string[] expected = [$"{root}/d1/heartbeat", $"{root}/cmd", $"{root}/cmd/d1/play", "marker"];
        Assert.Equal(expected.Order(), received.Messages.Select(m => m.Payload.ToArray().Utf8()).Order());
    }

    [Fact]
    public async Task Invalid_filters_are_refused_before_anything_is_sent()
    {
        await using var client = new MqttClient();
        await client.ConnectAsync(mosquitto.Options("invalid"));

        foreach (var filter in new[] { "a/#/b", "a/b#", "a+/b", "", "$share/g", "$share//a", "$share/g+/a" })
        {
            await Assert.ThrowsAsync<ArgumentException>(() => client.SubscribeAsync(filter));
        }

        await Assert.ThrowsAsync<ArgumentException>(() => client.SubscribeAsync([new MqttTopicSubscription("$share/g/a") { NoLocal = true }]));
        Assert.Equal(MqttClientState.Connected, client.State);
    }
}
