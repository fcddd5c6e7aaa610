using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Commands;
using CommuneRadio.StationSimulator.Observation;

namespace CommuneRadio.StationSimulator.Playback;

/// <summary>
/// The loudspeakers of one device: plays items for their duration and repeats, honours notBefore,
/// expiresAt and per-item volume, and arbitrates by broadcast level. A higher level interrupts a
/// lower one (acked failed "preempted"); a newer emergency replaces an older one (failed "replaced");
/// anything else arriving while an item holds the device is rejected "busy". An item holds the
/// device from its first play to the end of its last repetition, pauses included.
/// Not thread-safe: every member is called under the device's lock, timer callbacks take it.
/// </summary>
internal sealed partial class Player(IPlayerHost host)
{
    private readonly List<PlayItem> _waiting = [];
    private PlayItem? _active;

    /// <summary>The item the loudspeakers play right now, or null (idle, or pausing between repetitions).</summary>
    public PlayItem? Sounding => _active is { Phase: PlayPhase.Sounding } active ? active : null;

    public void Accept(DeviceCommand command)
    {
        if (Problem(command) is { } problem)
        {
            host.Ack(command.CmdId, AckState.Rejected, $"{AckReasons.Invalid}: {problem}");
            return;
        }

        var now = host.DeviceNow();
        if (command.ExpiresAt <= now)
        {
            host.Ack(command.CmdId, AckState.Rejected, AckReasons.Expired);
            return;
        }

        var pause = command.RepeatIntervalS is > 0 and var seconds ? PlayDuration.Scale(TimeSpan.FromSeconds(seconds), host.PlaybackSpeed) : TimeSpan.Zero;
        var item = new PlayItem(command, PlayDuration.Scale(PlayDuration.Of(command)!.Value, host.PlaybackSpeed), command.Repeat ?? 1, pause);
        if (command.NotBefore is { } notBefore && notBefore > now)
        {
            host.Ack(command.CmdId, AckState.Received);
            _waiting.Add(item);
            Arm(item, notBefore - now);
            return;
        }

        TryStart(item, arriving: true);
    }

    private static string? Problem(DeviceCommand command) =>
        PlayDuration.Of(command) is null ? "play needs media with a positive durationS, or text"
        : command.Volume is < 0 or > 100 ? $"volume {command.Volume} is outside 0–100"
        : command.Repeat is < 1 ? "repeat must be at least 1"
        : command.Text?.Length > ProtocolLimits.MaxTextLength ? $"text is longer than {ProtocolLimits.MaxTextLength} characters"
        : null;

    /// <summary>A newer item interrupts the one holding the device when its level is higher, or when both are emergencies.</summary>
    private static bool Interrupts(BroadcastPriority newer, BroadcastPriority holding) =>
        newer > holding || (newer == BroadcastPriority.Emergency && holding == BroadcastPriority.Emergency);

    private void TryStart(PlayItem item, bool arriving)
    {
        _waiting.Remove(item);
        if (item.Command.ExpiresAt <= host.DeviceNow())
        {
            End(item, AckState.Rejected, AckReasons.Expired);
            return;
        }

        if (_active is { } holding)
        {
            if (!Interrupts(item.Priority, holding.Priority))
            {
                End(item, AckState.Rejected, AckReasons.Busy);
                return;
            }

            Interrupt(holding, holding.Priority == BroadcastPriority.Emergency ? AckReasons.Replaced : AckReasons.Preempted);
        }

        if (arriving)
        {
            host.Ack(item.CmdId, AckState.Received);
        }

        _active = item;
        host.Ack(item.CmdId, AckState.Playing);
        StartRepetition(item);
    }

    private void StartRepetition(PlayItem item)
    {
        item.Started++;
        item.Phase = PlayPhase.Sounding;
        item.Volume = item.Command.Volume ?? host.Volume;
        Record(item, PlaybackEventKind.Started);
        Arm(item, item.PlayTime);
    }

    private void OnStepDue(PlayItem item)
    {
        switch (item.Phase)
        {
            case PlayPhase.Waiting:
                TryStart(item, arriving: false);
                break;
            case PlayPhase.Sounding:
                Record(item, PlaybackEventKind.Finished);
                NextOrDone(item);
                break;
            case PlayPhase.Pausing:
                NextOrDone(item);
                break;
        }
    }

    /// <summary>After a play or a pause: the next repetition, a pause first, or done (also when expiresAt passed: what played, played).</summary>
    private void NextOrDone(PlayItem item)
    {
        if (item.Started >= item.Repeat || item.Command.ExpiresAt <= host.DeviceNow())
        {
            End(item, AckState.Done, null);
        }
        else if (item.Phase == PlayPhase.Sounding && item.Pause > TimeSpan.Zero)
        {
            item.Phase = PlayPhase.Pausing;
            Arm(item, item.Pause);
        }
        else
        {
            StartRepetition(item);
        }
    }

    private void Interrupt(PlayItem item, string reason)
    {
        if (item.Phase == PlayPhase.Sounding)
        {
            Record(item, PlaybackEventKind.Interrupted);
        }

        End(item, AckState.Failed, reason);
    }

    private void End(PlayItem item, AckState state, string? reason)
    {
        item.Phase = PlayPhase.Ended;
        item.DisposeTimer();
        _waiting.Remove(item);
        if (ReferenceEquals(_active, item))
        {
            _active = null;
        }

        host.Ack(item.CmdId, state, reason);
    }

    private void Record(PlayItem item, PlaybackEventKind kind) =>
        host.Played(new PlaybackEvent(item.CmdId, kind, item.Started, item.Volume, item.Priority, host.Time.GetUtcNow()));
}
