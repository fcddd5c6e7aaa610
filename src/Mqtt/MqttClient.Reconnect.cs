using CommuneRadio.Mqtt.Internal;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    /// <summary>
    /// The monitoring loop, one per connected client with a reconnect policy: it sleeps until the
    /// connection is lost, then reconnects with backoff and jitter (reconnecting is never done from
    /// inside an event handler). Ends when the application disconnects or disposes the client.
    /// </summary>
    private async Task MonitorConnectionAsync(MqttClientOptions options, CancellationToken lifetime)
    {
        try
        {
            while (true)
            {
                Task lost;
                lock (_gate)
                {
                    lost = _connectionLost?.Task ?? Task.CompletedTask;
                }

                await lost.WaitAsync(lifetime).ConfigureAwait(false);
                MqttConnection? ended;
                lock (_gate)
                {
                    (ended, _lostConnection) = (_lostConnection, null);
                }

                if (ended is not null)
                {
                    // After AbortAsync the old receive loop may still be in the message handler:
                    // messages are handled one at a time, also across connections.
                    await ended.Receiver.WaitAsync(lifetime).ConfigureAwait(false);
                }

                await ReconnectAsync(options, lifetime).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // DisconnectAsync or DisposeAsync.
        }
    }

    private async Task ReconnectAsync(MqttClientOptions options, CancellationToken lifetime)
    {
        var policy = options.Reconnect!;
        for (var attempt = 0; ; attempt++)
        {
            var delay = policy.GetDelay(attempt, Random.Shared.NextDouble());
            MqttClientLog.ReconnectScheduled(_logger, options.ClientId, delay, attempt + 1);
            await Task.Delay(delay, options.TimeProvider, lifetime).ConfigureAwait(false);
            await _operations.WaitAsync(lifetime).ConfigureAwait(false);
            try
            {
                await ConnectCoreAsync(options, options.Timeout, reconnecting: true, lifetime).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (!lifetime.IsCancellationRequested)
            {
                MqttClientLog.ReconnectFailed(_logger, options.ClientId, attempt + 1, e);
            }
            finally
            {
                _operations.Release();
            }
        }
    }
}
