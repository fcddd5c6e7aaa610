using CommuneRadio.MqttLink;
using CommuneRadio.StationSimulator.Observation;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    /// <summary>
    /// Cuts the link without DISCONNECT, as a dead modem would: the broker publishes the Last Will
    /// (retained <c>offline</c>). The device connects again, resuming its session, after
    /// <paramref name="downtime"/> of its TimeProvider; commands sent meanwhile wait in the session.
    /// Returns false when the device was not connected. Completes once the socket is closed; the broker
    /// publishes the Will as soon as it notices.
    /// </summary>
    public async Task<bool> DropLinkAsync(TimeSpan downtime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(downtime, TimeSpan.Zero);
        if (await CutLinkAsync("link dropped", downtime, cancellationToken).ConfigureAwait(false) is not { } backAt)
        {
            return false;
        }

        RunInBackground("coming back after a dropped link", token => ComeBackAsync(backAt, reboot: false, token));
        return true;
    }

    /// <summary>Like <see cref="DropLinkAsync"/>, coming back at <paramref name="backAt"/> of the device's TimeProvider (province-wide storms).</summary>
    public Task<bool> DropLinkUntilAsync(DateTimeOffset backAt, CancellationToken cancellationToken = default)
    {
        var downtime = backAt - _time.GetUtcNow();
        return DropLinkAsync(downtime > TimeSpan.Zero ? downtime : TimeSpan.Zero, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="DropLinkAsync(TimeSpan, CancellationToken)"/>, coming back once
    /// <paramref name="comeBack"/> completes: for a caller that must do something while the device
    /// is surely away, however long that takes.
    /// </summary>
    public async Task<bool> DropLinkUntilAsync(Task comeBack, CancellationToken cancellationToken = default)
    {
        if (await CutLinkAsync("link dropped", TimeSpan.Zero, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }

        RunInBackground("coming back after a dropped link", async token =>
        {
            await comeBack.WaitAsync(token).ConfigureAwait(false);
            await ConnectWithRetryAsync(token).ConfigureAwait(false);
        });
        return true;
    }

    /// <summary>
    /// Restarts as after a power cut: plays in progress are acked failed "restarted", the link is cut
    /// (Will), and after <see cref="SimulatedDeviceOptions.RestartDowntime"/> the device connects
    /// again with <c>seq</c> and <c>uptimeS</c> starting over. Completes once the link is cut.
    /// </summary>
    public Task RestartAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _player.StopAll(Commands.AckReasons.Restarted);
            _fm = null;
        }

        return RestartCoreAsync(cancellationToken);
    }

    private async Task RestartCoreAsync(CancellationToken cancellationToken)
    {
        if (await CutLinkAsync("restart", _options.RestartDowntime, cancellationToken).ConfigureAwait(false) is { } backAt)
        {
            RunInBackground("coming back after a restart", token => ComeBackAsync(backAt, reboot: true, token));
        }
    }

    /// <summary>
    /// Ends the connection without DISCONNECT (<see cref="BrokerLink.AbortAsync"/>): the socket
    /// closes, so the broker publishes the Will and keeps the session (for SessionExpiry), queuing
    /// commands until the device comes back. The aborted client is disposed at once, before its own
    /// reconnect policy could bring it back. Returns when the device is to come back (the downtime
    /// counts from the cut, so a test clock advanced meanwhile is honoured), or null when the device
    /// had no connection.
    /// </summary>
    private async Task<DateTimeOffset?> CutLinkAsync(string why, TimeSpan downtime, CancellationToken cancellationToken)
    {
        BrokerLink? old;
        lock (_gate)
        {
            old = _run == DeviceRunState.Running ? _client : null;
            _client = null;
        }

        if (old is null)
        {
            return null;
        }

        var backAt = _time.GetUtcNow() + downtime;

        old.StateChanged -= OnClientStateChanged;
        GoOffline(ConnectionEventKind.Cut);
        _counters.LinkCut();
        SimulatorLog.LinkCut(_logger, StationId, DeviceId, why, downtime);
        try
        {
            await old.AbortAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await old.DisposeAsync().ConfigureAwait(false);
        }

        return backAt;
    }

    private async Task ComeBackAsync(DateTimeOffset backAt, bool reboot, CancellationToken cancellationToken)
    {
        await ClockDelays.DelayUntilAsync(_time, backAt, cancellationToken).ConfigureAwait(false);

        if (reboot)
        {
            lock (_gate)
            {
                StartBoot(TimeSpan.Zero);
            }
        }

        await ConnectWithRetryAsync(cancellationToken).ConfigureAwait(false);
    }
}
