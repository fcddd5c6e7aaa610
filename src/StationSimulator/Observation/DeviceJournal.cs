using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Observation;

/// <summary>
/// What one device received, sent and played, for tests and operators to observe. Thread-safe;
/// the lists are snapshots. Keeps the latest <see cref="Devices.SimulatedDeviceOptions.JournalCapacity"/>
/// entries of each kind. Waiting is signal-driven: a wait completes on the append that satisfies
/// it, never by polling.
/// </summary>
public sealed class DeviceJournal
{
    private readonly Lock _gate = new();
    private readonly BoundedLog<ReceivedCommand> _commands;
    private readonly BoundedLog<AckEvent> _acks;
    private readonly BoundedLog<PlaybackEvent> _plays;
    private readonly BoundedLog<Heartbeat> _heartbeats;
    private readonly BoundedLog<ConnectionEvent> _connections;
    private readonly List<Waiter> _waiters = [];
    private int _unreadableCommands;

    internal DeviceJournal(int capacity)
    {
        _commands = new(capacity);
        _acks = new(capacity);
        _plays = new(capacity);
        _heartbeats = new(capacity);
        _connections = new(capacity);
    }

    public IReadOnlyList<ReceivedCommand> Commands => Read(() => _commands.ToArray());

    public IReadOnlyList<AckEvent> Acks => Read(() => _acks.ToArray());

    public IReadOnlyList<PlaybackEvent> Plays => Read(() => _plays.ToArray());

    /// <summary>Heartbeats published (QoS 0: handed to the socket), in order.</summary>
    public IReadOnlyList<Heartbeat> Heartbeats => Read(() => _heartbeats.ToArray());

    public IReadOnlyList<ConnectionEvent> Connections => Read(() => _connections.ToArray());

    /// <summary>Commands that could not be read (logged and dropped, or rejected as invalid when their cmdId was readable).</summary>
    public int UnreadableCommands => Read(() => _unreadableCommands);

    /// <summary>Completes with the ack once one of <paramref name="state"/> for <paramref name="cmdId"/> has been published (lost ones do not count).</summary>
    public Task<AckEvent> WaitForAckAsync(string cmdId, AckState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cmdId);
        return WaitAsync(() => _acks.Items.FirstOrDefault(a => a.CmdId == cmdId && a.State == state && !a.Lost), cancellationToken);
    }

    /// <summary>Completes once <paramref name="count"/> plays of <paramref name="cmdId"/> ran to their end, with those plays.</summary>
    public Task<IReadOnlyList<PlaybackEvent>> WaitForPlaysAsync(string cmdId, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cmdId);
        return WaitAsync<IReadOnlyList<PlaybackEvent>>(
            () => _plays.Items.Where(p => p.CmdId == cmdId && p.Kind == PlaybackEventKind.Finished).ToArray() is { } done && done.Length >= count ? done : null,
            cancellationToken);
    }

    /// <summary>Completes once the device has read <paramref name="count"/> commands with <paramref name="cmdId"/> (duplicates included).</summary>
    public Task WaitForCommandAsync(string cmdId, int count = 1, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _commands.Items.Count(c => c.Command.CmdId == cmdId) >= count ? this : null, cancellationToken);

    /// <summary>Completes with the heartbeat of sequence number <paramref name="seq"/> of the current boot once published.</summary>
    public Task<Heartbeat> WaitForHeartbeatAsync(long seq, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _heartbeats.Items.LastOrDefault(h => h.Seq == seq), cancellationToken);

    /// <summary>Completes once the link has had <paramref name="count"/> events of <paramref name="kind"/> in total.</summary>
    public Task WaitForConnectionEventAsync(ConnectionEventKind kind, int count = 1, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _connections.Items.Count(c => c.Kind == kind) >= count ? this : null, cancellationToken);

    internal void Add(ReceivedCommand command) => Append(() => _commands.Add(command));

    internal void Add(AckEvent ack) => Append(() => _acks.Add(ack));

    internal void Add(PlaybackEvent play) => Append(() => _plays.Add(play));

    internal void Add(Heartbeat heartbeat) => Append(() => _heartbeats.Add(heartbeat));

    internal void Add(ConnectionEvent connection) => Append(() => _connections.Add(connection));

    internal void CountUnreadable() => Append(() => _unreadableCommands++);

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private void Append(Action add)
    {
        List<Waiter>? done = null;
        lock (_gate)
        {
            add();
            foreach (var waiter in _waiters)
            {
                if (waiter.TryComplete())
                {
                    (done ??= []).Add(waiter);
                }
            }

            done?.ForEach(w => _waiters.Remove(w));
        }
    }

    private async Task<T> WaitAsync<T>(Func<T?> result, CancellationToken cancellationToken)
        where T : class
    {
        var source = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = new Waiter(() => result() is { } value && source.TrySetResult(value));
        lock (_gate)
        {
            if (!waiter.TryComplete())
            {
                _waiters.Add(waiter);
            }
        }

        if (source.Task.IsCompleted)
        {
            return await source.Task.ConfigureAwait(false);
        }

        await using var registration = cancellationToken.Register(() =>
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }

            source.TrySetCanceled(cancellationToken);
        });
        return await source.Task.ConfigureAwait(false);
    }

    private sealed class Waiter(Func<bool> tryComplete)
    {
        public bool TryComplete() => tryComplete();
    }
}
