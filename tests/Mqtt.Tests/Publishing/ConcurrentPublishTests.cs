using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Publishing;

[Collection(MosquittoCollection.Name)]
public sealed class ConcurrentPublishTests(MosquittoFixture mosquitto)
{
    [Fact]
    public async Task Many_threads_publishing_at_once_deliver_every_message_exactly_once_within_the_brokers_window()
    {
        const int threads = 32;
        const int perThread = 60;
        var logs = new LogCapture();
        var topic = Unique.Topic("concurrent");
        var received = new MessageCollector();
        await using var subscriber = new MqttClient();
        await using var publisher = new MqttClient();
        await subscriber.ConnectAsync(mosquitto.Options("sub", logs, received.HandleAsync));
        var connected = await publisher.ConnectAsync(mosquitto.Options("pub", logs));
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce);

        var results = await Task.WhenAll(Enumerable.Range(0, threads).Select(thread => Task.Run(async () =>
        {
            var outcomes = new List<MqttClientPublishResult>();
            for (var i = 0; i < perThread; i++)
            {
                var qos = (MqttQualityOfService)(i % 3);
                outcomes.Add(await publisher.PublishStringAsync(topic, $"{thread}:{i}", qos));
            }

            return outcomes;
        }))).WithTimeout($"{threads * perThread} concurrent publishes");

        Assert.All(results.SelectMany(r => r), r => Assert.True(r.IsSuccess, r.ToString()));
        await received.WaitForAsync(threads * perThread).WithTimeout("every message reaching the subscriber");
        var payloads = received.Messages.Select(m => m.Payload.ToArray().Utf8()).ToList();
        Assert.Equal(threads * perThread, payloads.Distinct().Count());
        foreach (var thread in Enumerable.Range(0, threads))
        {
            // Per publisher flow and QoS, order is kept (section 4.6).
            var mine = payloads.Where(p => p.StartsWith($"{thread}:", StringComparison.Ordinal)).Select(p => int.Parse(p[(p.IndexOf(':') + 1)..])).ToList();
            Assert.Equal(mine.Where(i => i % 3 == 1).Order(), mine.Where(i => i % 3 == 1));
        }

        Assert.Equal(MqttClientState.Connected, publisher.State);
        Assert.True(connected.ReceiveMaximum < threads, $"the broker's window ({connected.ReceiveMaximum}) should be smaller than the callers, to test waiting");
        logs.ThrowIfErrors();
    }
}
