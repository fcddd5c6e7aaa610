using CommuneRadio.DeviceProtocol;
using System.Buffers;
using MQTTnet;
using CommuneRadio.StationSimulator.Commands;
using CommuneRadio.StationSimulator.Observation;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    /// <summary>
    /// Reads a command (the payload is borrowed: it is parsed here, before returning) and applies
    /// it under the lock. Never throws: an unreadable command is counted, logged and dropped, or
    /// rejected "invalid" when its cmdId can be read.
    /// </summary>
    private ValueTask OnMessageAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        if (!Topics.IsCommandTopic(message.Topic))
        {
            return ValueTask.CompletedTask;
        }

        var readable = CommandReader.TryRead(message.Payload.IsSingleSegment ? message.Payload.FirstSpan : message.Payload.ToArray(), out var command, out var problem, out var cmdId);
        var restart = false;
        lock (_gate)
        {
            if (_run != DeviceRunState.Running)
            {
                return ValueTask.CompletedTask;
            }

            if (readable)
            {
                restart = Handle(command);
            }
            else
            {
                Journal.CountUnreadable();
                _counters.UnreadableCommand();
                SimulatorLog.UnreadableCommand(_logger, StationId, DeviceId, message.Topic, problem);
                if (cmdId is not null)
                {
                    Ack(cmdId, AckState.Rejected, $"{AckReasons.Invalid}: {problem}");
                }
            }
        }

        if (restart)
        {
            // The done ack goes out before the link is cut.
            RunInBackground("restarting on command", async token =>
            {
                await _acks.FlushAsync(token).ConfigureAwait(false);
                await RestartCoreAsync(token).ConfigureAwait(false);
            });
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Applies one command and then journals it (so whoever waits for the command finds its timers
    /// armed); true when the device must restart afterwards. Call under the lock.
    /// </summary>
    private bool Handle(DeviceCommand command)
    {
        var duplicate = _records.TryGetLatest(command.CmdId, out var latest, out var latestReason);
        var restart = HandleCore(command, duplicate, latest, latestReason);
        Journal.Add(new ReceivedCommand(command, _time.GetUtcNow(), duplicate));
        _counters.CommandReceived();
        return restart;
    }

    private bool HandleCore(DeviceCommand command, bool duplicate, AckState latest, string? latestReason)
    {
        if (duplicate)
        {
            SendAck(command.CmdId, latest, latestReason);
            return false;
        }

        if (Invalid(command) is { } problem)
        {
            Ack(command.CmdId, AckState.Rejected, $"{AckReasons.Invalid}: {problem}");
            return false;
        }

        switch (command.Type)
        {
            case CommandType.Play when Faults.RefusePlaysWithReason is { } refusal:
                Ack(command.CmdId, AckState.Rejected, refusal);
                return false;
            case CommandType.Play:
                _player.Accept(command);
                return false;
            case CommandType.Restart:
                Apply(command, () => _player.StopAll(AckReasons.Restarted));
                _fm = null;
                return true;
            default:
                Apply(command, () => Change(command));
                return false;
        }
    }

    /// <summary>What a command lacks for its type, or null.</summary>
    private static string? Invalid(DeviceCommand command) => command.Type switch
    {
        CommandType.Volume when command.Volume is not (>= 0 and <= 100) => "volume needs a volume of 0–100",
        CommandType.Amp when command.Amp is null => "amp needs amp (on or off)",
        CommandType.Fm when command.Frequency is < 64 or > 108 => $"frequency {command.Frequency} MHz is outside the FM band 64–108",
        CommandType.Schedule when command.Schedule is null || command.ScheduleVersion is not >= 0 => "schedule needs schedule and a scheduleVersion of 0 or more",
        _ when !Enum.IsDefined(command.Type) => "unknown command type",
        _ => null,
    };

    /// <summary>received, the change, done.</summary>
    private void Apply(DeviceCommand command, Action change)
    {
        Ack(command.CmdId, AckState.Received);
        change();
        Ack(command.CmdId, AckState.Done);
    }

    private void Change(DeviceCommand command)
    {
        switch (command.Type)
        {
            case CommandType.Stop when command.TargetCmdId is { } target:
                _player.Stop(target);
                break;
            case CommandType.Stop:
                _player.StopActive();
                _fm = null;
                break;
            case CommandType.Volume:
                _volume = command.Volume!.Value;
                break;
            case CommandType.Amp:
                _amp = command.Amp!.Value;
                break;
            case CommandType.Fm:
                _fm = command.Frequency;
                break;
            case CommandType.Schedule:
                _schedule = command.Schedule!;
                _scheduleVersion = command.ScheduleVersion!.Value;
                break;
        }
    }
}
