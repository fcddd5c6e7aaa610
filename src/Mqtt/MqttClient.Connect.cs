using CommuneRadio.Mqtt.Connecting;
using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Topics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    public async Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfDisposed();
        options.Validate();
        await _operations.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            MqttClientState previous;
            lock (_gate)
            {
                if (_state != MqttClientState.Disconnected)
                {
                    throw new InvalidOperationException($"ConnectAsync needs a disconnected client; this one is {_state}.");
                }

                if (_options is not null && _options.ClientId != options.ClientId)
                {
                    ForgetSession();
                }

                _options = options;
                _logger = options.LoggerFactory?.CreateLogger<MqttClient>() ?? NullLogger<MqttClient>.Instance;
                _topics = new TopicCache(options.TopicCacheCapacity);
                previous = SetState(MqttClientState.Connecting);
            }

            RaiseStateChanged(previous, MqttClientState.Connecting, null);
            try
            {
                var result = await ConnectCoreAsync(options, cancellationToken.CanBeCanceled ? null : options.Timeout, reconnecting: false, cancellationToken).ConfigureAwait(false);
                if (options.Reconnect is not null && _monitor is null)
                {
                    _monitor = MonitorConnectionAsync(options, _lifetime.Token);
                }

                return result;
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    previous = SetState(MqttClientState.Disconnected);
                }

                RaiseStateChanged(previous, MqttClientState.Disconnected, e);
                throw;
            }
        }
        finally
        {
            _operations.Release();
        }
    }

    /// <summary>
    /// Opens a connection, exchanges CONNECT/CONNACK and installs it: used by ConnectAsync and by
    /// every automatic reconnect. Throws on failure, leaving nothing behind.
    /// </summary>
    private async Task<MqttClientConnectResult> ConnectCoreAsync(MqttClientOptions options, TimeSpan? timeout, bool reconnecting, CancellationToken cancellationToken)
    {
        using var timeoutSource = timeout is { } limit ? new CancellationTokenSource(limit, options.TimeProvider) : null;
        using var linked = timeoutSource is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        var token = linked?.Token ?? cancellationToken;
        MqttConnection? connection = null;
        try
        {
            MqttClientLog.Connecting(_logger, options.ClientId, options.Host, options.EffectivePort, options.ProtocolVersion);
            connection = new MqttConnection(await MqttTransport.ConnectAsync(options, token).ConfigureAwait(false), options);
            var connAck = await connection.HandshakeAsync(ConnectPacketFactory.Create(options, reconnecting), token).ConfigureAwait(false);
            if (connAck.ReasonCode != MqttReasonCode.Success)
            {
                throw new MqttConnectException(connAck.ReasonCode, connAck.ReasonString);
            }

            connection.Apply(connAck, options);
            MqttClientState previous;
            bool restore;
            CancellationToken lifetime;
            lock (_gate)
            {
                restore = Install(connection, connAck.SessionPresent);
                previous = SetState(MqttClientState.Connected);
                lifetime = _lifetime.Token;
            }

            connection.Start(ReceiveLoopAsync, lifetime);
            MqttClientLog.Connected(_logger, options.ClientId, options.Host, options.EffectivePort, connAck.SessionPresent, connection.SendQuota);
            RaiseStateChanged(previous, MqttClientState.Connected, null);
            if (restore)
            {
                await RestoreSubscriptionsAsync(token).ConfigureAwait(false);
            }

            return new MqttClientConnectResult(connAck);
        }
        catch (OperationCanceledException) when (timeoutSource?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            if (connection is not null)
            {
                connection.Abort(null);
                if (!connection.Started)
                {
                    await connection.ReleaseAsync().ConfigureAwait(false);
                }
            }

            throw new TimeoutException($"Connecting to {options.Host}:{options.EffectivePort} did not complete within {options.Timeout.TotalSeconds:0.###} s.");
        }
        catch when (connection is not null && !ReferenceEquals(Volatile.Read(ref _connection), connection))
        {
            connection.Abort(null);
            if (!connection.Started)
            {
                // Once started, the receive loop releases the connection when it ends.
                await connection.ReleaseAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// Makes <paramref name="connection"/> current and brings the session in line with the broker's
    /// (section 4.4): with the session resumed, unacknowledged PUBLISH (DUP set) and PUBREL go out
    /// again in their original order and with their original identifiers before anything new; with a
    /// new session, the client's session state is discarded [MQTT-3.2.2-4] and messages whose callers
    /// still wait are published again as new messages. Returns whether subscriptions need restoring.
    /// Call under <c>_gate</c>.
    /// </summary>
    private bool Install(MqttConnection connection, bool sessionPresent)
    {
        if (!sessionPresent)
        {
            _session.IncomingQos2.Clear();
        }

        var resent = 0;
        foreach (var publish in _session.Outgoing.InSendOrder())
        {
            if (!sessionPresent && (publish.Abandoned || publish.Released))
            {
                // Abandoned: nobody waits for it. Released (PUBREC received): the broker owned it already.
                _session.Outgoing.Remove(publish);
                _session.PacketIds.Release(publish.PacketId);
                publish.Completion.TrySetResult(publish.PubRecResult ?? MqttClientPublishResult.Success);
                continue;
            }

            publish.Packet.Duplicate = sessionPresent;
            Resend(connection, publish);
            resent++;
        }

        if (resent > 0)
        {
            MqttClientLog.Resent(_logger, ClientId, resent, sessionPresent ? "session resumed" : "new session");
        }

        _session.Quota.Reset(connection.SendQuota, _session.Outgoing.Count);
        _connection = connection;
        _connectionLost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return !sessionPresent && _session.Subscriptions.Count > 0;
    }

    private void Resend(MqttConnection connection, Publishing.OutgoingPublish publish)
    {
        if (publish.Released)
        {
            connection.Sender.TryEnqueueAcknowledgement(MqttPacketType.PubRel, publish.PacketId, MqttReasonCode.Success);
            return;
        }

        try
        {
            var size = connection.Formatter.Measure(publish.Packet, out var bodyLength);
            CheckSize(connection, size);
            connection.Sender.TryEnqueue(publish.Packet, size, bodyLength);
        }
        catch (ArgumentException e)
        {
            MqttClientLog.ResendDropped(_logger, ClientId, publish.Packet.Topic, e);
            _session.Outgoing.Remove(publish);
            _session.PacketIds.Release(publish.PacketId);
            publish.Completion.TrySetException(e);
        }
    }

    /// <summary>Drops all session state (another client id). Call under <c>_gate</c>.</summary>
    private void ForgetSession()
    {
        foreach (var publish in _session.Outgoing.InSendOrder())
        {
            _session.Outgoing.Remove(publish);
        }

        _session.PacketIds.Clear();
        _session.IncomingQos2.Clear();
        _session.Subscriptions.Clear();
        _session.Requests.Clear();
    }
}
