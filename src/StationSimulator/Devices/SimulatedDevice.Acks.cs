using CommuneRadio.DeviceProtocol;
using MQTTnet.Protocol;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.StationSimulator.Playback;
using CommuneRadio.StationSimulator.Publishing;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    /// <summary>Records the command's new state (for duplicates) and acks it. Call under the lock.</summary>
    private void Ack(string cmdId, AckState state, string? reason = null)
    {
        _records.Record(cmdId, state, reason);
        SendAck(cmdId, state, reason);
    }

    void IPlayerHost.Ack(string cmdId, AckState state, string? reason) => Ack(cmdId, state, reason);

    void IPlayerHost.Played(PlaybackEvent play)
    {
        Journal.Add(play);
        if (play.Kind == PlaybackEventKind.Started)
        {
            _counters.PlayStarted();
        }
        else if (play.Kind == PlaybackEventKind.Finished)
        {
            _counters.PlayFinished();
        }
    }

    /// <summary>Queues an ack on the ack outbox, unless a fault loses it; a slow-ack fault holds it back. Call under the lock.</summary>
    private void SendAck(string cmdId, AckState state, string? reason)
    {
        if (reason?.Length > ProtocolLimits.MaxReasonLength)
        {
            reason = reason[..ProtocolLimits.MaxReasonLength];
        }

        var faults = Faults;
        var ack = new AckEvent(cmdId, state, reason, _time.GetUtcNow());
        if (faults.LosesAck(state, _random))
        {
            Journal.Add(ack with { Lost = true });
            _counters.AckLost();
            return;
        }

        var payload = DeviceMessages.Write(new CommandAck { CmdId = cmdId, State = state, Reason = reason });
        _acks.Enqueue(new OutgoingMessage
        {
            Kind = OutgoingKind.Ack,
            Message = Message(Topics.Ack, payload, MqttQualityOfServiceLevel.AtLeastOnce),
            Subject = ack,
            NotBefore = faults.AckDelay > TimeSpan.Zero ? ack.At + faults.AckDelay : null,
        });
    }

    void IOutboxOwner.OnOutgoingDone(OutgoingMessage message, bool published)
    {
        switch (message.Kind, published)
        {
            case (OutgoingKind.Heartbeat, true):
                Journal.Add((Heartbeat)message.Subject!);
                _counters.HeartbeatSent();
                break;
            case (OutgoingKind.Heartbeat, false):
                _counters.HeartbeatSkipped();
                break;
            case (OutgoingKind.Ack, true):
                Journal.Add((AckEvent)message.Subject! with { At = _time.GetUtcNow() });
                _counters.AckSent();
                break;
            case (OutgoingKind.Malformed, true):
                _counters.MalformedSent();
                break;
            case (not OutgoingKind.Flush, false):
                _counters.PublishFailed();
                break;
        }

        message.Completion?.TrySetResult(published);
    }
}
