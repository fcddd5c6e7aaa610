using CommuneRadio.MqttLink.Tests.Support;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink.Tests.Links;

public sealed class PublishWindowTests
{
    [Fact]
    public async Task Concurrent_QoS_1_publishes_stay_within_the_brokers_Receive_Maximum()
    {
        // mosquitto names max_inflight_messages as its Receive Maximum, and disconnects a client that
        // exceeds it (0x93): 200 concurrent publishes through a window of 3 must all be acknowledged.
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { AllowAnonymous = true, ExtraConfig = ["max_inflight_messages 3"] });
        var inbox = new Inbox();
        await using var subscriber = new BrokerLink(TestLinks.Options(broker, TestLinks.Unique("sub"), inbox));
        await subscriber.ConnectAsync();
        await subscriber.SubscribeAsync("window/#", MqttQualityOfServiceLevel.AtLeastOnce);
        var lost = 0;
        await using var publisher = new BrokerLink(TestLinks.Options(broker, TestLinks.Unique("pub")));
        await publisher.ConnectAsync();
        publisher.StateChanged += (_, e) => Interlocked.Increment(ref lost);
        Assert.Equal(3, publisher.ReceiveMaximum);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => publisher.PublishAsync($"window/{i}", [(byte)i], MqttQualityOfServiceLevel.AtLeastOnce))));

        Assert.All(results, r => Assert.True(r.IsSuccess, $"a publish was answered {r.ReasonCode}"));
        await TaskTimeouts.Eventually(() => inbox.Messages.Count == 200, "the subscriber gets all 200 messages");
        Assert.Equal(0, Volatile.Read(ref lost));
    }
}
