namespace CommuneRadio.Mqtt;

/// <summary>
/// A packet was malformed or broke a protocol rule (MQTT 5.0 section 4.13). When the broker sent
/// it, the client closed the connection, with a DISCONNECT carrying <see cref="ReasonCode"/> under
/// MQTT 5.0.
/// </summary>
public sealed class MqttProtocolException : MqttException
{
    public MqttProtocolException(MqttReasonCode reasonCode, string message)
        : base(message) => ReasonCode = reasonCode;

    /// <summary>The reason code sent (or that would be sent) in the DISCONNECT: 0x81 Malformed Packet, 0x82 Protocol Error, ...</summary>
    public MqttReasonCode ReasonCode { get; }

    internal static MqttProtocolException Malformed(string message) => new(MqttReasonCode.MalformedPacket, message);

    internal static MqttProtocolException ProtocolError(string message) => new(MqttReasonCode.ProtocolError, message);
}
