using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Accounts;
using CommuneRadio.Gateway.Connections;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.MisbehavingBroker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Packets;
using MQTTnet.Protocol;

namespace CommuneRadio.Gateway.Tests.Ingest;

/// <summary>
/// The gateway's ingest link against a broker that sends, on its first connection, a heartbeat the
/// MQTT specification forbids (MQTTnet 5.2 would hand it over as an ordinary message): the gateway
/// counts and logs it, drops the connection, reconnects with its own settings and keeps serving —
/// the station grain sees only the valid heartbeat of the next connection.
/// </summary>
public sealed class MisbehavingBrokerIngestTests
{
    private const string Topic = "stations/s-29308/devices/d-01/heartbeat";

    private static string HeartbeatJson(long seq) =>
        System.Text.Encoding.UTF8.GetString(DeviceMessages.Write(new Heartbeat { Seq = seq, UptimeS = 100 + seq, Volume = 70, State = PlaybackState.Idle }));

    [Theory]
    [InlineData(BrokerFault.QoS3)]
    [InlineData(BrokerFault.WildcardTopic)]
    [InlineData(BrokerFault.UnknownTopicAlias)]
    [InlineData(BrokerFault.BadRemainingLength)]
    [InlineData(BrokerFault.SecondConnAck)]
    public async Task A_forbidden_packet_never_reaches_a_station_grain_and_ingest_goes_on_after_reconnecting(BrokerFault fault)
    {
        await using var broker = MisbehavingBroker.Start(fault, Topic, HeartbeatJson(1), HeartbeatJson(2));
        using var logs = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var options = Options.Create(new GatewayOptions { Host = broker.Host, Port = broker.Port, Password = "p", AdminPassword = "a", Partitions = 2 });
        var metrics = new GatewayMetrics();
        var stations = new RecordingStations();
        var router = new IngestRouter(options, stations, metrics, TimeProvider.System, factory.CreateLogger<IngestRouter>());
        var workers = router.StartWorkers();
        await using (var connections = new GatewayConnections(options, new BrokerConnections(options, metrics, factory), new DynamicSecurityResponses(), router))
        {
            var ingest = connections.Ingest[0];
            await ingest.ConnectAsync();
            await ingest.SubscribeAsync([new MqttTopicFilter { Topic = "stations/+/devices/+/heartbeat", QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce }]);

            await TaskTimeouts.Eventually(() => stations["s-29308"].Seqs.Count > 0, $"after {fault} the ingest link reconnects and the next heartbeat reaches the grain");
            Assert.Equal([2L], stations["s-29308"].Seqs);
            Assert.True(broker.Connections >= 2, "the spoiled connection was dropped and another made");
        }

        router.Complete();
        await Task.WhenAll(workers).WithTimeout("the partitions finish");
        Assert.Equal([2L], stations["s-29308"].Seqs);
        var guarded = fault is BrokerFault.QoS3 or BrokerFault.WildcardTopic or BrokerFault.UnknownTopicAlias;
        Assert.Equal(guarded ? 1 : 0, metrics.Snapshot().Malformed.GetValueOrDefault("protocol"));
        Assert.Contains(logs.AtLeast(LogLevel.Warning), e => e.Category == typeof(MqttLink.BrokerLink).FullName);
        logs.ThrowIfErrors();
    }
}
