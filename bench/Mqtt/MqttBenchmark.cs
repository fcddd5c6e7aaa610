using System.Diagnostics;
using CommuneRadio.MqttLink;
using MQTTnet.Protocol;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Mqtt;

/// <summary>
/// bench/run mqtt: MQTTnet 5.2 (through BrokerLink) and the gateway's ingest path against
/// mosquitto's own tools through one private mosquitto, the same messages (100-byte heartbeats) in
/// the same run. The broker is one process on the same machine, so a ratio of 1 means our side keeps
/// up with the broker as well as the C tools do.
/// </summary>
public sealed class MqttBenchmark : IBenchmark
{
    private const int Qos0Messages = 200_000;
    private const int Qos1Messages = 100_000;

    // mosquitto 2.0.11 cuts mosquitto_pub -l -q 1 off ("disconnected due to out of memory") after
    // about 34,000 lines fed at once, so the tools' QoS 1 baseline moves fewer messages per round.
    private const int ToolsQos1Messages = 20_000;
    private const int Qos1Callers = 64;
    private const int Rounds = 3;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public string Name => "mqtt";

    public string Description => "MQTTnet and the gateway's ingest: QoS 0/1 rates and allocations vs mosquitto_pub/mosquitto_sub";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions
        {
            // Readiness of mosquitto_sub comes from the subscribe log line; no message may be dropped for queue length.
            ExtraConfig = ["log_type subscribe", "max_queued_messages 0"],
        }, cancellationToken);
        var handler = new CountingHandler();
        await using var subscriber = new BrokerLink(Options(broker, "bench-sub", handler.HandleAsync));
        await using var publisher = new BrokerLink(Options(broker, "bench-pub", null));
        await subscriber.ConnectAsync(cancellationToken);
        await publisher.ConnectAsync(cancellationToken);
        var window = publisher.ReceiveMaximum;
        var runs = new ClientRuns(broker, publisher, subscriber, handler, Limit);
        await using var ingest = await GatewayIngestRun.StartAsync(broker, cancellationToken);
        var failures = 0;

        Progress("warming up");
        await runs.WarmUpAsync(20_000);

        report.Section($"QoS 0: {Qos0Messages:N0} messages of {BenchMessages.PayloadSize} bytes, publisher → mosquitto → subscriber; best of {Rounds} rounds (spread = worst/best)");
        var toolsQos0 = new Figures();
        var publishRate = new Figures();
        var endToEnd = new Figures();
        var receiveFromTool = new Figures();
        var allocations = new Figures();
        var ingestRate = new Figures();
        for (var round = 1; round <= Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            Progress($"QoS 0 round {round}/{Rounds}: mosquitto_pub → mosquitto_sub");
            toolsQos0.Add(await TryAsync("QoS 0 mosquitto_pub → mosquitto_sub", () => runs.ToolsAsync(Qos0Messages, qos: 0)));
            Progress($"QoS 0 round {round}/{Rounds}: our publisher → our subscriber");
            var ours = await TryAsync("QoS 0 our publisher → our subscriber", () => runs.OursAsync(Qos0Messages, MqttQualityOfServiceLevel.AtMostOnce, callers: 1));
            publishRate.Add(ours?.Published);
            endToEnd.Add(ours?.Received);
            Progress($"QoS 0 round {round}/{Rounds}: mosquitto_pub → our subscriber");
            var fromTool = await TryAsync("QoS 0 mosquitto_pub → our subscriber", () => runs.ReceiveFromToolAsync(Qos0Messages));
            receiveFromTool.Add(fromTool?.Received);
            allocations.Add(fromTool?.AllocatedPerMessage);
            Progress($"QoS 0 round {round}/{Rounds}: mosquitto_pub → the gateway's ingest");
            ingestRate.Add(await TryAsync("QoS 0 mosquitto_pub → gateway ingest", () => runs.IngestAsync(ingest, Qos0Messages)));
        }

        report.Add("qos0_publish_msgs_per_s", publishRate.Best, "MQTTnet: QoS 0 publish rate (msgs/s, written to the socket)");
        report.Add("qos0_publish_spread_ratio", publishRate.Spread, "  spread worst/best");
        report.Add("qos0_msgs_per_s", endToEnd.Best, "MQTTnet → MQTTnet: QoS 0 messages received/s");
        report.Add("qos0_spread_ratio", endToEnd.Spread, "  spread worst/best");
        report.Add("tools_qos0_msgs_per_s", toolsQos0.Best, "mosquitto_pub -l → mosquitto_sub: messages received/s");
        report.Add("tools_qos0_spread_ratio", toolsQos0.Spread, "  spread worst/best");
        report.AddRatio("ratio_vs_mosquitto_tools", endToEnd.Best, toolsQos0.Best, "ratio MQTTnet / mosquitto tools (end to end)");
        report.Add("qos0_receive_from_tool_msgs_per_s", receiveFromTool.Best, "mosquitto_pub -l → MQTTnet subscriber: messages received/s");
        report.Add("qos0_receive_from_tool_spread_ratio", receiveFromTool.Spread, "  spread worst/best");
        report.AddRatio("ratio_receive_vs_mosquitto_sub", receiveFromTool.Best, toolsQos0.Best, "ratio MQTTnet subscriber / mosquitto_sub (same publisher)");
        report.Add("ingest_msgs_per_s", ingestRate.Best, $"mosquitto_pub -l → gateway ingest ({ingest.Connections} links) → station grains: msgs/s");
        report.Add("ingest_spread_ratio", ingestRate.Spread, "  spread worst/best");
        report.AddRatio("ratio_ingest_vs_mosquitto_sub", ingestRate.Best, toolsQos0.Best, "ratio gateway ingest / mosquitto_sub (same publisher)", "≥ 1.0");
        report.Add("alloc_bytes_per_received_msg", allocations.Lowest, "bytes allocated per received message (MQTTnet subscriber, whole process, lowest)");

        report.Section($"QoS 1: {Qos1Messages:N0} messages from {Qos1Callers} concurrent publishers of one client, in-flight window {window} (mosquitto's Receive Maximum); tools: {ToolsQos1Messages:N0} messages; best of {Rounds}");
        var toolsQos1 = new Figures();
        var acked = new Figures();
        var delivered = new Figures();
        for (var round = 1; round <= Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            Progress($"QoS 1 round {round}/{Rounds}: mosquitto_pub -q 1 → mosquitto_sub -q 1");
            toolsQos1.Add(await TryAsync("QoS 1 mosquitto_pub → mosquitto_sub", () => runs.ToolsAsync(ToolsQos1Messages, qos: 1)));
            Progress($"QoS 1 round {round}/{Rounds}: our publisher → our subscriber");
            var ours = await TryAsync("QoS 1 our publisher → our subscriber", () => runs.OursAsync(Qos1Messages, MqttQualityOfServiceLevel.AtLeastOnce, Qos1Callers));
            acked.Add(ours?.Published);
            delivered.Add(ours?.Received);
        }

        report.Add("qos1_in_flight_window_msgs", window, "in-flight window granted by the broker (messages)");
        report.Add("qos1_acked_per_s", acked.Best, "MQTTnet: QoS 1 publishes acknowledged (PUBACK)/s, one client", "≥ 15,000");
        report.Add("qos1_acked_spread_ratio", acked.Spread, "  spread worst/best");
        report.Add("qos1_receive_msgs_per_s", delivered.Best, "MQTTnet → MQTTnet: QoS 1 messages received/s");
        report.Add("tools_qos1_msgs_per_s", toolsQos1.Best, "mosquitto_pub -l -q 1 → mosquitto_sub -q 1: messages received/s");
        report.Add("tools_qos1_spread_ratio", toolsQos1.Spread, "  spread worst/best");
        report.AddRatio("qos1_ratio_vs_mosquitto_tools", delivered.Best, toolsQos1.Best, "ratio MQTTnet / mosquitto tools at QoS 1 (end to end)");
        report.Add("failed_stages_count", failures, "measurements that failed (see above)");

        // A failed measurement is reported and the run goes on: a benchmark never fails a build.
        async Task<T?> TryAsync<T>(string what, Func<Task<T>> measure)
            where T : struct
        {
            try
            {
                return await measure();
            }
            catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
            {
                failures++;
                Console.WriteLine($"  ! {what} failed: {e.GetType().Name}: {e.Message}");
                return null;
            }
        }
    }

    internal static BrokerLinkOptions Options(MosquittoBroker broker, string clientId, BrokerLinkMessageHandler? handler) => new()
    {
        Host = broker.Host,
        Port = broker.Port,
        ClientId = clientId,
        MessageHandler = handler,
        Reconnect = null,
        Timeout = TimeSpan.FromSeconds(30),
    };

    internal static void Progress(string message) => Console.Error.WriteLine($"[mqtt] {DateTime.Now:HH:mm:ss} {message}");

    internal static double Rate(int count, long since) => count / Stopwatch.GetElapsedTime(since).TotalSeconds;
}
