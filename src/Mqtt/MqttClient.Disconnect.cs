using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Publishing;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    public Task DisconnectAsync(MqttReasonCode reason = MqttReasonCode.NormalDisconnection, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        if (reason is not (MqttReasonCode.NormalDisconnection or MqttReasonCode.DisconnectWithWillMessage) &&
            !Formatting.ReasonCodeRules.IsAllowed(MqttPacketType.Disconnect, (byte)reason))
        {
            throw new ArgumentException($"{reason} is not a DISCONNECT reason code (section 3.14.2.1).", nameof(reason));
        }

        return DisconnectCoreAsync(reason, cancellationToken);
    }

    /// <summary>
    /// Stops the monitoring loop, sends DISCONNECT, closes, and fails what still waits. A running
    /// message handler sees its token cancelled; it is not awaited, so the handler itself may call
    /// DisconnectAsync. The session state is kept when the session outlives the connection.
    /// </summary>
    private async Task DisconnectCoreAsync(MqttReasonCode reason, CancellationToken cancellationToken)
    {
        // Cancel first: a reconnect attempt in progress holds the operations lock until it sees this.
        CancellationTokenSource lifetime;
        lock (_gate)
        {
            lifetime = _lifetime;
        }

        await lifetime.CancelAsync().ConfigureAwait(false);
        await _operations.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_monitor is { } monitor)
            {
                await monitor.ConfigureAwait(false);
                _monitor = null;
            }

            MqttConnection? connection;
            MqttClientState previous;
            lock (_gate)
            {
                if (_state == MqttClientState.Disconnected)
                {
                    return;
                }

                previous = SetState(MqttClientState.Disconnecting);
                connection = _connection;
            }

            RaiseStateChanged(previous, MqttClientState.Disconnecting, null);
            if (connection is not null)
            {
                await connection.CloseAsync(new DisconnectPacket { ReasonCode = reason }, null).ConfigureAwait(false);
            }

            List<OutgoingPublish> abandoned;
            List<Subscribing.PendingRequest> requests;
            lock (_gate)
            {
                _connection = null;
                abandoned = AbandonOutgoing();
                if (_options!.SessionExpiry == TimeSpan.Zero)
                {
                    // The broker ends the session with the connection; so does the client.
                    foreach (var publish in abandoned)
                    {
                        _session.Outgoing.Remove(publish);
                        _session.PacketIds.Release(publish.PacketId);
                    }

                    _session.IncomingQos2.Clear();
                }

                requests = [.. _session.Requests.Values];
                foreach (var id in _session.Requests.Keys)
                {
                    _session.PacketIds.Release(id);
                }

                _session.Requests.Clear();
                _session.Subscriptions.Clear();
                SetState(MqttClientState.Disconnected);
            }

            var failure = new MqttClientNotConnectedException("The client was disconnected before the broker answered; a message may still have been delivered.");
            FailAbandoned(abandoned, failure);
            foreach (var request in requests)
            {
                request.Completion.TrySetException(failure);
            }

            MqttClientLog.Disconnected(_logger, ClientId, reason);
            RaiseStateChanged(MqttClientState.Disconnecting, MqttClientState.Disconnected, null);
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_lifetime, lifetime))
                {
                    _lifetime = new CancellationTokenSource();
                }
            }

            lifetime.Dispose();
            _operations.Release();
        }
    }
}
