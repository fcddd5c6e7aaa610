using CommuneRadio.MqttLink;
using CommuneRadio.StationSimulator.Observation;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    /// <summary>Publishes <c>offline</c> (retained), disconnects cleanly (no Will) and stops every timer and loop. Idempotent.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        bool wasRunning;
        lock (_gate)
        {
            if (_run is DeviceRunState.Stopping or DeviceRunState.Stopped)
            {
                return;
            }

            wasRunning = _run == DeviceRunState.Running;
            _run = DeviceRunState.Stopping;
            _heartbeatTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        if (wasRunning && IsOnline)
        {
            await FlushAcksAsync(cancellationToken).ConfigureAwait(false);
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _background.ConfigureAwait(false);
        await _outboxLoops.ConfigureAwait(false);
        BrokerLink? client;
        lock (_gate)
        {
            client = _client;
            _client = null;
            _player.Halt();
        }

        GoOffline(ConnectionEventKind.Stopped);
        var announced = false;
        if (client is not null)
        {
            client.StateChanged -= OnClientStateChanged;
            announced = await SayGoodbyeAsync(client, cancellationToken).ConfigureAwait(false);
            await client.DisposeAsync().ConfigureAwait(false);
        }

        lock (_gate)
        {
            _run = DeviceRunState.Stopped;
        }

        _heartbeatTimer.Dispose();
        SimulatorLog.Stopped(_logger, StationId, DeviceId, announced);
    }

    /// <summary>Waits (at most 5 s) until the acks already decided went out.</summary>
    private async Task FlushAcksAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _acks.FlushAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stop anyway; the acks left are lost, as they would be on real hardware.
        }
    }

    private async Task<bool> SayGoodbyeAsync(BrokerLink client, CancellationToken cancellationToken)
    {
        if (!client.IsConnected)
        {
            return false;
        }

        try
        {
            var offline = await client.PublishAsync(StatusMessage(OfflinePayload), cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return offline.IsSuccess;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The link went away meanwhile (the Will says offline instead), or closing failed underneath.
            SimulatorLog.GoodbyeFailed(_logger, StationId, DeviceId, e);
            return false;
        }
    }
}
