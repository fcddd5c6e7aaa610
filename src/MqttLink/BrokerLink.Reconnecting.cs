using MQTTnet;
using MQTTnet.Packets;

namespace CommuneRadio.MqttLink;

public sealed partial class BrokerLink
{
    /// <summary>
    /// The keeper loop, one per connect with a reconnect policy: it sleeps until the current
    /// connection ends, then connects again with backoff and jitter, resuming the session and
    /// subscribing again. Ends when the link is disconnected or disposed.
    /// </summary>
    private async Task KeepAsync(CancellationToken run)
    {
        try
        {
            while (!run.IsCancellationRequested)
            {
                var connection = Current;
                if (connection is not null)
                {
                    var reason = await connection.Lost.Task.WaitAsync(run).ConfigureAwait(false);
                    Retire(connection, reason, exception: null);
                }

                await ReconnectAsync(run).ConfigureAwait(false);
            }
        }
        catch (Exception) when (run.IsCancellationRequested)
        {
            // Disconnected or disposed; MQTTnet may report a cancelled connect as a failed one.
        }
    }

    private async Task ReconnectAsync(CancellationToken run)
    {
        var policy = Options.Reconnect!;
        for (var attempt = 0; ; attempt++)
        {
            var delay = policy.GetDelay(attempt, Random.Shared.NextDouble());
            BrokerLinkLog.ReconnectScheduled(_logger, Options.ClientId, delay, attempt + 1);
            await Task.Delay(delay, Options.TimeProvider, run).ConfigureAwait(false);
            LinkConnection? connection = null;
            try
            {
                // Clean start off: the session (and what the broker queued in it) is resumed.
                connection = await OpenAsync(cleanStart: false, run).ConfigureAwait(false);
                var restored = await RestoreSubscriptionsAsync(connection, run).ConfigureAwait(false);
                BrokerLinkStateChangedEventArgs? change;
                lock (_gate)
                {
                    if (run.IsCancellationRequested)
                    {
                        connection.Client.Dispose();
                        return;
                    }

                    _connection = connection;
                    change = SetState(BrokerLinkState.Connected);
                }

                BrokerLinkLog.Reconnected(_logger, Options.ClientId, connection.Result!.IsSessionPresent, restored);
                Raise(change);
                return;
            }
            catch (Exception e) when (!run.IsCancellationRequested)
            {
                connection?.Client.Dispose();
                BrokerLinkLog.ReconnectFailed(_logger, Options.ClientId, attempt + 1, e);
            }
        }
    }

    /// <summary>
    /// Subscribes again to every filter granted before, also when the broker kept the session:
    /// mosquitto 2.0 restores a persisted session without its shared subscriptions, and subscribing
    /// to a filter the session holds only replaces it.
    /// </summary>
    private async Task<int> RestoreSubscriptionsAsync(LinkConnection connection, CancellationToken run)
    {
        List<MqttTopicFilter> filters;
        lock (_subscriptions)
        {
            filters = [.. _subscriptions];
        }

        if (filters.Count == 0)
        {
            return 0;
        }

        var result = await SubscribeOnAsync(connection, filters, run).ConfigureAwait(false);
        foreach (var refused in result.Items.Where(item => !item.IsGranted()))
        {
            BrokerLinkLog.RestoreRefused(_logger, Options.ClientId, refused.TopicFilter.Topic, refused.ResultCode.ToString());
        }

        return filters.Count;
    }

    /// <summary>
    /// Ends <paramref name="connection"/> as far as the link is concerned: it is no longer current,
    /// and its MQTTnet client is disposed (closing the socket if still open). Idempotent.
    /// </summary>
    private void Retire(LinkConnection connection, string reason, Exception? exception)
    {
        connection.Lost.TrySetResult(reason);
        BrokerLinkStateChangedEventArgs? change;
        lock (_gate)
        {
            if (!ReferenceEquals(_connection, connection))
            {
                return;
            }

            _connection = null;
            var keeping = Options.Reconnect is not null && _run is { IsCancellationRequested: false };
            change = SetState(keeping ? BrokerLinkState.Reconnecting : BrokerLinkState.Disconnected);
        }

        BrokerLinkLog.Lost(_logger, Options.ClientId, Options.Host, Options.Port, reason, exception);
        Raise(change);
        connection.Client.Dispose();
    }

    private Task OnDisconnectedAsync(LinkConnection connection, MqttClientDisconnectedEventArgs e)
    {
        var reason = string.IsNullOrEmpty(e.ReasonString) ? e.Reason.ToString() : $"{e.Reason} ({e.ReasonString})";
        if (e.Exception is { } exception)
        {
            reason = $"{reason}; {exception.GetBaseException().Message}";
        }

        Retire(connection, reason, e.Exception);
        return Task.CompletedTask;
    }
}
