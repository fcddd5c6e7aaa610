using MQTTnet;

namespace CommuneRadio.MqttLink;

public sealed partial class BrokerLink
{
    /// <summary>
    /// Cuts the connection abruptly, without DISCONNECT, as a dead modem would: the socket is closed
    /// before this returns, so the broker publishes the Will and keeps the session for its expiry.
    /// With a reconnect policy the link is Reconnecting when this returns and comes back by itself;
    /// without one it is Disconnected. Pending operations on the connection fail. Does nothing when
    /// there is no connection.
    /// </summary>
    public Task AbortAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        cancellationToken.ThrowIfCancellationRequested();
        if (Current is { } connection)
        {
            BrokerLinkLog.Aborted(_logger, Options.ClientId);
            Retire(connection, "aborted by the application (no DISCONNECT)", exception: null);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Stops reconnecting, sends DISCONNECT with <paramref name="reason"/> (a normal one makes the
    /// broker discard the Will) and closes the connection. The link may be connected again.
    /// Does nothing when already Disconnected.
    /// </summary>
    public async Task DisconnectAsync(MqttClientDisconnectOptionsReason reason = MqttClientDisconnectOptionsReason.NormalDisconnection, CancellationToken cancellationToken = default)
    {
        LinkConnection? connection;
        CancellationTokenSource? run;
        Task keeper;
        BrokerLinkStateChangedEventArgs? change;
        lock (_gate)
        {
            (connection, _connection) = (_connection, null);
            (run, _run) = (_run, null);
            keeper = _keeper;
            change = SetState(BrokerLinkState.Disconnected);
        }

        if (run is not null)
        {
            await run.CancelAsync().ConfigureAwait(false);
            await keeper.ConfigureAwait(false);
            run.Dispose();
        }

        Raise(change);
        if (connection is null)
        {
            return;
        }

        connection.Lost.TrySetResult("disconnected by the application");
        try
        {
            if (connection.Client.IsConnected)
            {
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                limit.CancelAfter(Options.Timeout);
                await connection.Client.DisconnectAsync(new MqttClientDisconnectOptions { Reason = reason }, limit.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            BrokerLinkLog.DisconnectFailed(_logger, Options.ClientId, e);
        }
        finally
        {
            connection.Client.Dispose();
        }
    }

    /// <summary>Disconnects cleanly (when connected) and ends the link for good.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
        }

        await DisconnectAsync().ConfigureAwait(false);
        lock (_gate)
        {
            _disposed = true;
        }
    }
}
