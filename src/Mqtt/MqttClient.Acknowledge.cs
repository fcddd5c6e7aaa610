using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Publishing;
using CommuneRadio.Mqtt.Subscribing;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    /// <summary>
    /// PUBACK ends a QoS 1 flow; PUBREC moves a QoS 2 flow to PUBREL, or ends it when it refuses
    /// (reason 0x80 or above, section 4.3.3); PUBCOMP ends a QoS 2 flow. Each end frees a slot of the
    /// in-flight window. An acknowledgement for an identifier not in flight is ignored (it can follow
    /// a resend); a PUBREC for one is answered with PUBREL 0x92 (section 3.6.2.1).
    /// </summary>
    private void OnPublishAcknowledgement(MqttConnection connection, PublishAcknowledgementPacket ack)
    {
        OutgoingPublish? completed = null;
        MqttClientPublishResult? result = null;
        lock (_gate)
        {
            var publish = _session.Outgoing.Find(ack.PacketId);
            var expected = publish is not null && ack switch
            {
                PubAckPacket => publish.Packet.QualityOfService == MqttQualityOfService.AtLeastOnce,
                PubRecPacket => publish.Packet.QualityOfService == MqttQualityOfService.ExactlyOnce,
                _ => publish.Released,
            };
            if (!expected)
            {
                MqttClientLog.UnknownAcknowledgement(_logger, ClientId, ack.Type.Name(), ack.PacketId);
                if (ack is PubRecPacket)
                {
                    connection.Sender.TryEnqueueAcknowledgement(MqttPacketType.PubRel, ack.PacketId, MqttReasonCode.PacketIdentifierNotFound);
                }

                return;
            }

            var answer = MqttClientPublishResult.From(ack.ReasonCode, ack.ReasonString, ack.UserProperties);
            if (ack is PubRecPacket && ack.ReasonCode < MqttReasonCode.UnspecifiedError)
            {
                publish!.Released = true;
                publish.PubRecResult = answer;
                connection.Sender.TryEnqueueAcknowledgement(MqttPacketType.PubRel, ack.PacketId, MqttReasonCode.Success);
                return;
            }

            completed = publish!;
            result = ack is PubCompPacket && ack.ReasonCode == MqttReasonCode.Success ? publish!.PubRecResult ?? answer : answer;
            _session.Outgoing.Remove(completed);
            _session.PacketIds.Release(completed.PacketId);
        }

        _session.Quota.Release();
        completed.Completion.TrySetResult(result);
    }

    /// <summary>SUBACK or UNSUBACK: must answer a pending request of its kind, with one reason code per filter.</summary>
    private void OnRequestAnswered(MqttPacket answer)
    {
        var (packetId, codes) = answer switch
        {
            SubAckPacket subAck => (subAck.PacketId, subAck.ReasonCodes.Count),
            UnsubAckPacket unsubAck => (unsubAck.PacketId, unsubAck.ReasonCodes.Count),
            _ => throw new ArgumentOutOfRangeException(nameof(answer)),
        };
        PendingRequest? request;
        lock (_gate)
        {
            if (!_session.Requests.Remove(packetId, out request) || request.ExpectedAnswer != answer.Type)
            {
                throw MqttProtocolException.ProtocolError($"The broker sent {answer.Type.Name()} for packet identifier {packetId}, which awaits no such answer.");
            }

            _session.PacketIds.Release(packetId);
        }

        // 3.1.1 UNSUBACK has no codes; otherwise one per filter (sections 3.9.3, 3.11.3).
        var codesRequired = answer is SubAckPacket || _options!.ProtocolVersion == MqttProtocolVersion.V500;
        if (codesRequired && codes != request.FilterCount)
        {
            var failure = MqttProtocolException.ProtocolError(
                $"The broker answered {request.FilterCount} filter(s) with {codes} reason code(s) in {answer.Type.Name()}.");
            request.Completion.TrySetException(failure);
            throw failure;
        }

        request.Completion.TrySetResult(answer);
    }

    /// <summary>
    /// Called once per connection, after its receive loop ended. Requests waiting for SUBACK/UNSUBACK
    /// fail (they are not resent, section 4.4); QoS 1/2 publishes wait for the reconnect, or fail when
    /// there will be none. With a reconnect policy the monitoring loop is woken.
    /// </summary>
    private void OnConnectionEnded(MqttConnection connection)
    {
        var cause = connection.AbortReason;
        List<PendingRequest> requests;
        List<OutgoingPublish>? abandoned = null;
        MqttClientState previous, state;
        lock (_gate)
        {
            if (!ReferenceEquals(_connection, connection))
            {
                return;
            }

            _connection = null;
            requests = [.. _session.Requests.Values];
            foreach (var id in _session.Requests.Keys)
            {
                _session.PacketIds.Release(id);
            }

            _session.Requests.Clear();
            if (_state != MqttClientState.Connected)
            {
                // DisconnectAsync is closing this connection and finishes the job itself.
                previous = state = _state;
            }
            else if (_monitor is not null && !_lifetime.IsCancellationRequested)
            {
                previous = SetState(state = MqttClientState.Reconnecting);
                _lostConnection = connection;
                _connectionLost?.TrySetResult();
            }
            else
            {
                previous = SetState(state = MqttClientState.Disconnected);
                abandoned = AbandonOutgoing();
            }
        }

        var failure = new MqttCommunicationException("The connection was lost before the broker answered.", cause);
        foreach (var request in requests)
        {
            request.Completion.TrySetException(failure);
        }

        if (abandoned is not null)
        {
            FailAbandoned(abandoned, failure);
        }

        if (previous != state)
        {
            MqttClientLog.ConnectionLost(_logger, ClientId, cause);
            RaiseStateChanged(previous, state, cause);
        }
    }

    /// <summary>
    /// Marks every outgoing publish abandoned: its caller is told it failed, the message is kept only
    /// to be resent if the broker resumes the session (section 4.4). Call under <c>_gate</c>.
    /// </summary>
    private List<OutgoingPublish> AbandonOutgoing()
    {
        var publishes = _session.Outgoing.InSendOrder();
        foreach (var publish in publishes)
        {
            publish.Abandoned = true;
        }

        return publishes;
    }

    private void FailAbandoned(List<OutgoingPublish> publishes, Exception failure)
    {
        foreach (var publish in publishes)
        {
            publish.Completion.TrySetException(failure);
        }

        _session.Quota.FailWaiters(new MqttClientNotConnectedException());
    }
}
