using CommuneRadio.Mqtt;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Gateway.Hosting;

/// <summary>
/// Ingest subscriptions after a broker restart. The ingest sessions are persistent, so a
/// reconnect finds "session present" and the client restores nothing — but mosquitto 2.0 brings
/// the session back from its persistence file without the shared subscriptions in it, and the
/// gateway would hear nothing more. So every reconnect of an ingest connection subscribes again
/// (subscribing to a filter the session already has replaces it; nothing is delivered twice).
/// </summary>
public sealed partial class GatewayService
{
    private readonly CancellationTokenSource _lifetime = new();
    private IReadOnlyList<MqttTopicSubscription> _ingestFilters = [];

    public override void Dispose()
    {
        _lifetime.Dispose();
        base.Dispose();
    }

    private void WatchReconnects(IMqttClient ingest, IReadOnlyList<MqttTopicSubscription> filters)
    {
        _ingestFilters = filters;
        ingest.StateChanged -= OnIngestStateChanged;
        ingest.StateChanged += OnIngestStateChanged;
    }

    private void StopWatchingReconnects()
    {
        try
        {
            _lifetime.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed already: nothing is watching.
        }

        foreach (var ingest in connections.Ingest)
        {
            ingest.StateChanged -= OnIngestStateChanged;
        }
    }

    // Never subscribe from inside the event: the client raises it on its own connection path.
    private void OnIngestStateChanged(object? sender, MqttClientStateChangedEventArgs e)
    {
        if (sender is IMqttClient ingest && e is { State: MqttClientState.Connected, PreviousState: MqttClientState.Reconnecting })
        {
            _ = Task.Run(() => ResubscribeAsync(ingest));
        }
    }

    private async Task ResubscribeAsync(IMqttClient ingest)
    {
        try
        {
            var granted = await ingest.SubscribeAsync(_ingestFilters, _lifetime.Token);
            if (granted.Items.FirstOrDefault(item => !item.IsGranted) is { } refused)
            {
                LogResubscribeRefused(logger, refused.Subscription.TopicFilter, refused.ReasonCode);
            }
        }
        catch (Exception e) when (e is MqttException or OperationCanceledException or TimeoutException or ObjectDisposedException)
        {
            // Lost again, or stopping: the next reconnect subscribes again.
            LogResubscribeFailed(logger, e);
        }
    }

    [LoggerMessage(4, LogLevel.Error, "The broker refused the ingest subscription {Filter} after a reconnect: {Reason}")]
    private static partial void LogResubscribeRefused(ILogger logger, string filter, MqttReasonCode reason);

    [LoggerMessage(5, LogLevel.Information, "Subscribing again after a reconnect failed; the next reconnect tries again")]
    private static partial void LogResubscribeFailed(ILogger logger, Exception exception);
}
