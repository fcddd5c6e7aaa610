using System.Runtime.CompilerServices;
using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    /// <summary>
    /// Reads and handles packets until the connection ends. Never throws: every ending becomes the
    /// connection's abort reason and goes to <see cref="OnConnectionEnded"/>. A protocol violation by
    /// the broker is answered with DISCONNECT and its reason code (section 4.13) before closing.
    /// </summary>
    private async Task ReceiveLoopAsync(MqttConnection connection)
    {
        try
        {
            var reader = connection.Reader;
            while (true)
            {
                while (reader.TryTakeFrame(out var fixedHeader, out var body))
                {
                    if (connection.IsAborted)
                    {
                        return;
                    }

                    var type = connection.Formatter.CheckFixedHeader(fixedHeader);
                    if (type == MqttPacketType.Publish)
                    {
                        await OnPublishAsync(connection, fixedHeader, body).ConfigureAwait(false);
                    }
                    else if (type is MqttPacketType.Connect or MqttPacketType.Subscribe or MqttPacketType.Unsubscribe or MqttPacketType.PingReq)
                    {
                        // Refused before its body is even decoded: only a client sends these.
                        throw NeverSentToClients(connection, type);
                    }
                    else if (!OnControlPacket(connection, connection.Formatter.Decode(fixedHeader, body)))
                    {
                        return;
                    }
                }

                if (!await reader.FillAsync(connection.Aborted).ConfigureAwait(false))
                {
                    connection.Abort(new MqttCommunicationException("The broker closed the connection."));
                    return;
                }
            }
        }
        catch (MqttProtocolException e)
        {
            // Only reasons DISCONNECT may carry go out (section 3.14.2.1); others become Protocol Error.
            var violation = ReasonCodeRules.IsAllowed(MqttPacketType.Disconnect, (byte)e.ReasonCode)
                ? e
                : new MqttProtocolException(MqttReasonCode.ProtocolError, e.Message);
            MqttClientLog.ProtocolViolation(_logger, ClientId, violation.ReasonCode, violation);
            await connection.CloseAsync(new DisconnectPacket { ReasonCode = violation.ReasonCode }, violation).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            connection.Abort(new MqttCommunicationException("The connection to the broker failed.", e));
        }
        finally
        {
            connection.Abort(null);
            await connection.ReleaseAsync().ConfigureAwait(false);
            OnConnectionEnded(connection);
        }
    }

    /// <summary>
    /// One received PUBLISH: decode into the connection's reused packet, resolve its topic alias,
    /// deliver, then acknowledge (section 4.3). Completes synchronously, without allocating, when the
    /// handler does.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask OnPublishAsync(MqttConnection connection, byte fixedHeader, ReadOnlyMemory<byte> body)
    {
        var packet = connection.IncomingPublish;
        connection.Formatter.DecodePublish(fixedHeader, body, packet, _topics);
        packet.Topic = connection.Aliases.Resolve(packet.Topic, packet.TopicAlias);
        switch (packet.QualityOfService)
        {
            case MqttQualityOfService.AtMostOnce:
                await DeliverAsync(connection).ConfigureAwait(false);
                break;
            case MqttQualityOfService.AtLeastOnce:
                lock (_gate)
                {
                    CheckReceiveMaximum();
                }

                await DeliverAsync(connection).ConfigureAwait(false);
                connection.Sender.TryEnqueueAcknowledgement(MqttPacketType.PubAck, packet.PacketId, MqttReasonCode.Success);
                break;
            default:
                bool first;
                lock (_gate)
                {
                    // A PUBLISH whose identifier awaits PUBREL is a redelivery: not delivered twice (4.3.3).
                    first = !_session.IncomingQos2.Contains(packet.PacketId);
                    if (first)
                    {
                        CheckReceiveMaximum();
                        _session.IncomingQos2.Add(packet.PacketId);
                    }
                }

                if (first)
                {
                    await DeliverAsync(connection).ConfigureAwait(false);
                }

                connection.Sender.TryEnqueueAcknowledgement(MqttPacketType.PubRec, packet.PacketId, MqttReasonCode.Success);
                break;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask DeliverAsync(MqttConnection connection)
    {
        var handler = _options!.MessageHandler;
        if (handler is null || connection.IsAborted)
        {
            return;
        }

        connection.InHandler = true;
        try
        {
            await handler(connection.Received, connection.HandlerToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (connection.HandlerToken.IsCancellationRequested)
        {
            // The application is disconnecting.
        }
        catch (Exception e)
        {
            MqttClientLog.HandlerFailed(_logger, ClientId, connection.Received.Topic, e);
        }
        finally
        {
            connection.InHandler = false;
        }
    }

    /// <summary>
    /// A QoS 1/2 PUBLISH beyond the Receive Maximum this client announced is answered with DISCONNECT
    /// 0x93 (section 3.3.4). Messages are handled one at a time and each QoS 1 is acknowledged before
    /// the next is read, so the unacknowledged ones are the QoS 2 awaiting PUBREL plus this one.
    /// </summary>
    private void CheckReceiveMaximum()
    {
        if (_session.IncomingQos2.Count + 1 > _options!.ReceiveMaximum)
        {
            throw new MqttProtocolException(
                MqttReasonCode.ReceiveMaximumExceeded,
                $"The broker sent more than {_options.ReceiveMaximum} unacknowledged QoS 1/2 messages (Receive Maximum, section 3.3.4).");
        }
    }

    /// <summary>Handles every packet but PUBLISH. Returns false when the broker ended the connection with DISCONNECT.</summary>
    private bool OnControlPacket(MqttConnection connection, MqttPacket packet)
    {
        switch (packet)
        {
            case PubAckPacket or PubRecPacket or PubCompPacket:
                OnPublishAcknowledgement(connection, (PublishAcknowledgementPacket)packet);
                return true;
            case PubRelPacket release:
                bool known;
                lock (_gate)
                {
                    known = _session.IncomingQos2.Remove(release.PacketId);
                }

                // An unknown identifier (state lost on our side) is answered with 0x92 (section 3.7.2.1).
                connection.Sender.TryEnqueueAcknowledgement(
                    MqttPacketType.PubComp, release.PacketId, known ? MqttReasonCode.Success : MqttReasonCode.PacketIdentifierNotFound);
                return true;
            case SubAckPacket or UnsubAckPacket:
                OnRequestAnswered(packet);
                return true;
            case PingRespPacket:
                connection.KeepAlive?.PingResponseReceived();
                return true;
            case DisconnectPacket disconnect when connection.Formatter.Version == MqttProtocolVersion.V500:
                connection.Abort(new MqttCommunicationException(
                    disconnect.ReasonCode,
                    $"The broker closed the connection with DISCONNECT {disconnect.ReasonCode} (0x{(byte)disconnect.ReasonCode:X2})" +
                    $"{(disconnect.ReasonString is null ? "" : $": {disconnect.ReasonString}")}."));
                return false;
            default:
                throw NeverSentToClients(connection, packet.Type);
        }
    }

    private static MqttProtocolException NeverSentToClients(MqttConnection connection, MqttPacketType type) =>
        MqttProtocolException.ProtocolError(
            $"The broker sent {type.Name()}, which a server never sends to a client in MQTT " +
            $"{(connection.Formatter.Version == MqttProtocolVersion.V500 ? "5.0" : "3.1.1")} (section 4.13).");
}
