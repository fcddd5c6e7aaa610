using System.Diagnostics;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway;
using CommuneRadio.Gateway.Accounts;
using CommuneRadio.Gateway.Connections;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MQTTnet.Protocol;

namespace CommuneRadio.Bench.Mqtt;

/// <summary>
/// The gateway's ingest path as the Silo runs it: its configured ingest links (MQTTnet through
/// BrokerLink, members of the shared group), the guard, the router's strict reading and the bounded
/// partitions, up to station grains that only count (<see cref="CountingStations"/>).
/// </summary>
internal sealed class GatewayIngestRun : IAsyncDisposable
{
    private readonly GatewayConnections _connections;
    private readonly IngestRouter _router;
    private readonly Task[] _workers;
    private readonly CountingStations _stations;

    private GatewayIngestRun(GatewayConnections connections, IngestRouter router, Task[] workers, CountingStations stations) =>
        (_connections, _router, _workers, _stations) = (connections, router, workers, stations);

    public int Connections => _connections.Ingest.Count;

    public static async Task<GatewayIngestRun> StartAsync(MosquittoBroker broker, CancellationToken cancellationToken)
    {
        var options = Options.Create(new GatewayOptions { Host = broker.Host, Port = broker.Port, Password = "bench", AdminPassword = "bench", ClientIdPrefix = "bench" });
        var metrics = new GatewayMetrics();
        var stations = new CountingStations();
        var router = new IngestRouter(options, stations, metrics, TimeProvider.System, NullLogger<IngestRouter>.Instance);
        var workers = router.StartWorkers();
        var connections = new GatewayConnections(options, new BrokerConnections(options, metrics, NullLoggerFactory.Instance), new DynamicSecurityResponses(), router);
        var filter = GatewayAccount.SharedFilter(options.Value.SharedGroup, router.Layout, DeviceTopicKind.Heartbeat);
        foreach (var ingest in connections.Ingest)
        {
            await ingest.ConnectAsync(cancellationToken);
            await ingest.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
        }

        return new GatewayIngestRun(connections, router, workers, stations);
    }

    /// <summary>mosquitto_pub -l → the gateway's ingest: heartbeats that reached a station grain per second.</summary>
    public async Task<double> ReceiveFromToolAsync(MosquittoBroker broker, int count, TimeSpan limit)
    {
        _stations.Expect(count);
        using var pub = await MosquittoToolsRun.StartPublisherAsync(broker, "stations/s-bench/devices/d-01/heartbeat", qos: 0);
        try
        {
            var lines = BenchMessages.Lines(count);
            var started = Stopwatch.GetTimestamp();
            var feeding = MosquittoToolsRun.FeedAsync(pub, lines);
            await _stations.Done.WaitAsync(limit);
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

    public async ValueTask DisposeAsync()
    {
        foreach (var ingest in _connections.Ingest)
        {
            await ingest.DisconnectAsync();
        }

        _router.Complete();
        await Task.WhenAll(_workers);
        await _connections.DisposeAsync();
    }
}
