using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Accounts;
using CommuneRadio.Gateway.Connections;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.Mqtt;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Hosting;

/// <summary>
/// Brings the gateway up and down with the Silo. Start: admin connection, the gateway's own
/// account, the publisher, then the ingest connections in the shared group — retried until the
/// broker answers, while the rest of the Silo runs. Stop: ingest first (no new work), the
/// partitions finish what is queued, then the publisher and admin connections close.
/// </summary>
public sealed partial class GatewayService(
    GatewayConnections connections,
    BrokerConnections options,
    DynamicSecurityClient dynsec,
    GatewayAccount account,
    IngestRouter router,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> gatewayOptions,
    ILogger<GatewayService> logger) : BackgroundService
{
    private Task[] _workers = [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = router.StartWorkers();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConnectAsync(stoppingToken);
                metrics.TrackConnections(() => connections.AllConnected);
                LogConnected(logger, gatewayOptions.Value.Host, gatewayOptions.Value.Port, connections.Ingest.Count);
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                attempt++;
                LogRetry(logger, e, gatewayOptions.Value.Host, gatewayOptions.Value.Port, attempt);
                await DisconnectAllAsync();
                await Task.Delay(gatewayOptions.Value.RetryDelay, stoppingToken); // real time, like the connections' own backoff
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        StopWatchingReconnects();
        foreach (var ingest in connections.Ingest)
        {
            try
            {
                await ingest.DisconnectAsync(cancellationToken: cancellationToken);
            }
            catch (Exception e) when (e is MqttException or ObjectDisposedException)
            {
                // Seen in tests on a loaded machine: the host disposing the connections while the
                // stop ran. Either way the connection is gone; drain what is queued.
                LogDisconnectFailed(logger, e);
            }
        }

        router.Complete();
        await Task.WhenAll(_workers).WaitAsync(cancellationToken);
        metrics.TrackConnections(static () => false);
        await DisconnectAllAsync();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (!connections.Admin.IsConnected)
        {
            await connections.Admin.ConnectAsync(options.Admin(dynsec.HandleAsync), cancellationToken);
            await connections.Admin.SubscribeAsync([new MqttTopicSubscription(DynamicSecurityClient.ResponseTopic)], cancellationToken);
        }

        await account.EnsureAsync(cancellationToken);
        if (!connections.Publisher.IsConnected)
        {
            await connections.Publisher.ConnectAsync(options.Publisher(), cancellationToken);
        }

        var group = gatewayOptions.Value.SharedGroup;
        var filters = new[] { DeviceTopicKind.Heartbeat, DeviceTopicKind.Status, DeviceTopicKind.Ack }
            .Select(kind => new MqttTopicSubscription(GatewayAccount.SharedFilter(group, router.Layout, kind)))
            .ToList();
        for (var i = 0; i < connections.Ingest.Count; i++)
        {
            var ingest = connections.Ingest[i];
            if (ingest.IsConnected)
            {
                continue;
            }

            WatchReconnects(ingest, filters);
            await ingest.ConnectAsync(options.Ingest(i, router.HandleAsync), cancellationToken);
            var granted = await ingest.SubscribeAsync(filters, cancellationToken);
            if (granted.Items.FirstOrDefault(item => !item.IsGranted) is { } refused)
            {
                throw new InvalidOperationException($"The broker refused the subscription {refused.Subscription.TopicFilter}: {refused.ReasonCode}");
            }
        }
    }

    private async Task DisconnectAllAsync()
    {
        foreach (var client in connections.Ingest.Append(connections.Publisher).Append(connections.Admin))
        {
            try
            {
                await client.DisconnectAsync();
            }
            catch (Exception e) when (e is MqttException or ObjectDisposedException)
            {
                LogDisconnectFailed(logger, e);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Gateway connected to {Host}:{Port} with {Connections} ingest connections")]
    private static partial void LogConnected(ILogger logger, string host, int port, int connections);

    [LoggerMessage(2, LogLevel.Warning, "Gateway cannot reach the broker at {Host}:{Port} (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception exception, string host, int port, int attempt);

    [LoggerMessage(3, LogLevel.Debug, "Closing a gateway connection failed")]
    private static partial void LogDisconnectFailed(ILogger logger, Exception exception);
}
