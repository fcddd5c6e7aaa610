using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Subscribing;

[Collection(MosquittoCollection.Name)]
public sealed class SharedSubscriptionTests(MosquittoFixture mosquitto)
{
    [Fact]
    public async Task A_shared_subscription_splits_the_messages_between_its_members()
    {
        const int count = 40;
        var station = Guid.NewGuid().ToString("N");
        var filter = $"$share/gateway-{station}/stations/{station}/devices/+/heartbeat";
        var first = new MessageCollector();
        var second = new MessageCollector();
        await using var gatewayA = new MqttClient();
        await using var gatewayB = new MqttClient();
        await using var device = new MqttClient();
        await gatewayA.ConnectAsync(mosquitto.Options("gw-a", handler: first.HandleAsync));
        await gatewayB.ConnectAsync(mosquitto.Options("gw-b", handler: second.HandleAsync));
        await device.ConnectAsync(mosquitto.Options("device"));
        Assert.True((await gatewayA.SubscribeAsync(filter)).AllGranted);
        Assert.True((await gatewayB.SubscribeAsync(filter)).AllGranted);

        for (var i = 0; i < count; i++)
        {
            await device.PublishStringAsync($"stations/{station}/devices/d-{i}/heartbeat", $"{{\"seq\":{i}}}", MqttQualityOfService.AtLeastOnce);
        }

        await TaskTimeouts.Eventually(() => first.Count + second.Count >= count, $"{count} heartbeats shared between the two gateways");
        Assert.NotEmpty(first.Messages);
        Assert.NotEmpty(second.Messages);
        var all = first.Messages.Concat(second.Messages).Select(m => m.Topic).Order().ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"stations/{station}/devices/d-{i}/heartbeat").Order(), all);
    }
}
