using System.Diagnostics;
using CommuneRadio.MqttLink;
using MQTTnet;
using MQTTnet.Protocol;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Mqtt;

/// <summary>One measured run each: the tools alone, MQTTnet links alone, a MQTTnet subscriber and the gateway's ingest fed by mosquitto_pub.</summary>
internal sealed class ClientRuns(MosquittoBroker broker, BrokerLink publisher, BrokerLink subscriber, CountingHandler handler, TimeSpan limit)
{
    private int _run;

    public async Task WarmUpAsync(int count)
    {
        await OursAsync(count, MqttQualityOfServiceLevel.AtMostOnce, callers: 1);
        await OursAsync(count / 4, MqttQualityOfServiceLevel.AtLeastOnce, callers: 16);
    }

    /// <summary>mosquitto_pub -l → mosquitto_sub; messages received per second.</summary>
    public async Task<double> ToolsAsync(int count, int qos)
    {
        var topic = NextTopic();
        using var sub = await MosquittoToolsRun.StartSubscriberAsync(broker, topic, count, qos);
        try
        {
            using var pub = await MosquittoToolsRun.StartPublisherAsync(broker, topic, qos);
            try
            {
                var lines = BenchMessages.Lines(count);
                var started = Stopwatch.GetTimestamp();
                var feeding = MosquittoToolsRun.FeedAsync(pub, lines);
                await MosquittoToolsRun.WaitAsync(sub, "mosquitto_sub", limit);
                var rate = MqttBenchmark.Rate(count, started);
                await feeding;
                await MosquittoToolsRun.WaitAsync(pub, "mosquitto_pub", limit);
                return rate;
            }
            finally
            {
                MosquittoToolsRun.Stop(pub);
            }
        }
        finally
        {
            MosquittoToolsRun.Stop(sub);
        }
    }

    /// <summary>Our publisher → our subscriber: (publishes completed per second, messages received per second).</summary>
    public async Task<(double Published, double Received)> OursAsync(int count, MqttQualityOfServiceLevel qos, int callers)
    {
        var topic = NextTopic();
        await subscriber.SubscribeAsync(topic, qos);
        handler.Expect(count);
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(BenchMessages.Payload).WithQualityOfServiceLevel(qos).Build();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = caller; i < count; i += callers)
            {
                await publisher.PublishAsync(message).ConfigureAwait(false);
            }
        })));
        var published = MqttBenchmark.Rate(count, started);
        await handler.Done.WaitAsync(limit);
        var received = MqttBenchmark.Rate(count, started);
        await subscriber.UnsubscribeAsync(topic);
        return (published, received);
    }

    /// <summary>mosquitto_pub -l → our subscriber: (messages received per second, bytes allocated per message by this process).</summary>
    public async Task<(double Received, double AllocatedPerMessage)> ReceiveFromToolAsync(int count)
    {
        var topic = NextTopic();
        await subscriber.SubscribeAsync(topic, MqttQualityOfServiceLevel.AtMostOnce);
        handler.Expect(count);
        using var pub = await MosquittoToolsRun.StartPublisherAsync(broker, topic, qos: 0);
        try
        {
            var lines = BenchMessages.Lines(count);
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            var feeding = MosquittoToolsRun.FeedAsync(pub, lines);
            await handler.Done.WaitAsync(limit);
            var received = MqttBenchmark.Rate(count, started);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            await feeding;
            await MosquittoToolsRun.WaitAsync(pub, "mosquitto_pub", limit);
            await subscriber.UnsubscribeAsync(topic);
            return (received, (double)allocated / count);
        }
        finally
        {
            MosquittoToolsRun.Stop(pub);
        }
    }

    /// <summary>mosquitto_pub -l → the gateway's ingest path: heartbeats that reached a station grain per second.</summary>
    public Task<double> IngestAsync(GatewayIngestRun ingest, int count) => ingest.ReceiveFromToolAsync(broker, count, limit);

    private string NextTopic() => $"bench/{++_run}/stations/s-1/devices/d-1/heartbeat";
}
