using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Accounts;
using CommuneRadio.Gateway.Connections;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.MqttLink;
using MQTTnet.Exceptions;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Hosting;

/// <summary>
/// Brings the gateway up and down with the Silo. Start: admin connection, the gateway's own
/// account, the publisher, then the ingest connections in the shared group — retried until the
/// broker answers, while the rest of the Silo runs. Each link then keeps itself connected and
/// subscribes again after every reconnect (<see cref="BrokerLink"/>). Stop: ingest first (no new
/// work), the partitions finish what is queued, then the publisher and admin connections close.
/// </summary>
public sealed partial class GatewayService(
    GatewayConnections connections,
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
        foreach (var ingest in connections.Ingest)
        {
            try
            {
                await ingest.DisconnectAsync(cancellationToken: cancellationToken);
            }
            catch (Exception e) when (e is MqttCommunicationException or ObjectDisposedException)
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
            await connections.Admin.ConnectAsync(cancellationToken);
            await connections.Admin.SubscribeAsync(DynamicSecurityClient.ResponseTopic, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
        }

        await account.EnsureAsync(cancellationToken);
        if (!connections.Publisher.IsConnected)
        {
            await connections.Publisher.ConnectAsync(cancellationToken);
        }

        var group = gatewayOptions.Value.SharedGroup;
        var filters = new[] { DeviceTopicKind.Heartbeat, DeviceTopicKind.Status, DeviceTopicKind.Ack }
            .Select(kind => new MqttTopicFilter { Topic = GatewayAccount.SharedFilter(group, router.Layout, kind), QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce })
            .ToList();
        for (var i = 0; i < connections.Ingest.Count; i++)
        {
            var ingest = connections.Ingest[i];
            if (ingest.IsConnected)
            {
                continue;
            }

            await ingest.ConnectAsync(cancellationToken);
            var granted = await ingest.SubscribeAsync(filters, cancellationToken);
            if (granted.Items.FirstOrDefault(item => !item.IsGranted()) is { } refused)
            {
                throw new InvalidOperationException($"The broker refused the subscription {refused.TopicFilter.Topic}: {refused.ResultCode}");
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
            catch (Exception e) when (e is MqttCommunicationException or ObjectDisposedException)
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
