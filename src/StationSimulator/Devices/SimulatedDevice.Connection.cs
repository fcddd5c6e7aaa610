using CommuneRadio.MqttLink;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.StationSimulator.Publishing;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    private static readonly ReadOnlyMemory<byte> OnlinePayload = "online"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> OfflinePayload = "offline"u8.ToArray();

    /// <summary>
    /// Connects (trying again with backoff while the broker is unreachable or busy) and returns once
    /// the device announced itself online. Throws <see cref="BrokerLinkConnectException"/> when the broker
    /// refuses the credentials, and <see cref="InvalidOperationException"/> when already started.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_run != DeviceRunState.Created)
            {
                throw new InvalidOperationException($"Device {this} was already started.");
            }

            _run = DeviceRunState.Running;
            StartBoot(Profile.UptimeAtStart);
            _outboxLoops = Task.WhenAll(_telemetry.RunAsync(_lifetime.Token), _acks.RunAsync(_lifetime.Token));
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _lifetime.Token);
        await ConnectWithRetryAsync(linked.Token).ConfigureAwait(false);
    }

    private async Task ConnectWithRetryAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (BrokerLinkConnectException e) when (e.IsPermanent)
            {
                _counters.ConnectFailed();
                SimulatorLog.ConnectRefused(_logger, StationId, DeviceId, e.ResultCode);
                throw;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not InvalidOperationException)
            {
                _counters.ConnectFailed();
                var delay = _options.Reconnect.GetDelay(attempt, Random.Shared.NextDouble());
                SimulatorLog.ConnectFailed(_logger, StationId, DeviceId, attempt + 1, delay, e);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One connection: CONNECT with the Will, subscriptions when the broker kept no session, then the retained <c>online</c>.</summary>
    private async Task ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var client = new BrokerLink(ClientOptions());
        client.StateChanged += OnClientStateChanged;
        try
        {
            var connected = await client.ConnectAsync(cancellationToken).ConfigureAwait(false);
            if (!connected.IsSessionPresent)
            {
                var granted = await client.SubscribeAsync(CommandSubscriptions(), cancellationToken).ConfigureAwait(false);
                if (!granted.AllGranted())
                {
                    throw new InvalidOperationException(
                        $"The broker refused device {this} its command subscriptions: {string.Join(", ", granted.Items.Select(i => i.ResultCode))}.");
                }
            }

            lock (_gate)
            {
                if (_run != DeviceRunState.Running)
                {
                    throw new OperationCanceledException($"Device {this} is stopping.");
                }

                _client = client;
            }

            await AnnounceOnlineAsync(client, cancellationToken).ConfigureAwait(false);
            SimulatorLog.Online(_logger, StationId, DeviceId, _boot, connected.IsSessionPresent);
        }
        catch
        {
            lock (_gate)
            {
                if (ReferenceEquals(_client, client))
                {
                    _client = null;
                }
            }

            client.StateChanged -= OnClientStateChanged;
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Publishes the retained <c>online</c>, opens the outboxes and sends a heartbeat at once.</summary>
    private async Task AnnounceOnlineAsync(BrokerLink client, CancellationToken cancellationToken)
    {
        await client.PublishAsync(StatusMessage(OnlinePayload), cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (!ReferenceEquals(_client, client))
            {
                return;
            }

            if (!_countedOnline)
            {
                _countedOnline = true;
                _counters.WentOnline();
            }

            Journal.Add(new ConnectionEvent(ConnectionEventKind.Online, _boot, _time.GetUtcNow()));
            _online.Open();
            EnqueueHeartbeat();
            ArmHeartbeat();
        }
    }

    /// <summary>
    /// The link reconnects by itself after the broker went away; the device follows: offline while
    /// it is Reconnecting, and online again (status, heartbeat) once it is back — announced from a
    /// pool thread, never from inside the event.
    /// </summary>
    private void OnClientStateChanged(object? sender, BrokerLinkStateChangedEventArgs e)
    {
        if (sender is not BrokerLink client || !ReferenceEquals(client, ((IOutboxOwner)this).CurrentClient))
        {
            return;
        }

        if (e.State == BrokerLinkState.Reconnecting)
        {
            GoOffline(ConnectionEventKind.Lost);
            _counters.LinkLost();
            SimulatorLog.LinkLost(_logger, StationId, DeviceId);
        }
        else if (e.State == BrokerLinkState.Connected && e.PreviousState == BrokerLinkState.Reconnecting)
        {
            RunInBackground("announcing online after a reconnect", token => AnnounceOnlineAsync(client, token));
        }
    }

    void IOutboxOwner.OnNotConnected(BrokerLink client)
    {
        if (!client.IsConnected)
        {
            _online.Close();
        }
    }

    /// <summary>Closes the outboxes and stops heartbeats; records why.</summary>
    private void GoOffline(ConnectionEventKind why)
    {
        lock (_gate)
        {
            _online.Close();
            _heartbeatTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            if (_countedOnline)
            {
                _countedOnline = false;
                _counters.WentOffline();
                Journal.Add(new ConnectionEvent(why, _boot, _time.GetUtcNow()));
            }
        }
    }
}
