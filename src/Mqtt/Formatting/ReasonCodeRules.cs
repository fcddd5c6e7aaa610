using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// Which reason codes each packet may carry (the table of MQTT 5.0 section 2.4 and the per-packet
/// lists of sections 3.2.2.2, 3.4.2.1, 3.5.2.1, 3.6.2.1, 3.7.2.1, 3.9.3, 3.11.3, 3.14.2.1, 3.15.2.1).
/// A value outside the list is a Protocol Error.
/// </summary>
internal static class ReasonCodeRules
{
    public static MqttReasonCode Check(MqttPacketType type, byte value) =>
        IsAllowed(type, value)
            ? (MqttReasonCode)value
            : throw MqttProtocolException.ProtocolError($"Reason code 0x{value:X2} is not allowed in {type.Name()} (section 2.4).");

    public static bool IsAllowed(MqttPacketType type, byte value) => type switch
    {
        MqttPacketType.ConnAck => value is 0x00 or (>= 0x80 and <= 0x8A) or 0x8C or 0x90 or 0x95 or 0x97 or (>= 0x99 and <= 0x9D) or 0x9F,
        MqttPacketType.PubAck or MqttPacketType.PubRec => value is 0x00 or 0x10 or 0x80 or 0x83 or 0x87 or 0x90 or 0x91 or 0x97 or 0x99,
        MqttPacketType.PubRel or MqttPacketType.PubComp => value is 0x00 or 0x92,
        MqttPacketType.SubAck => value is 0x00 or 0x01 or 0x02 or 0x80 or 0x83 or 0x87 or 0x8F or 0x91 or 0x97 or 0x9E or 0xA1 or 0xA2,
        MqttPacketType.UnsubAck => value is 0x00 or 0x11 or 0x80 or 0x83 or 0x87 or 0x8F or 0x91,
        MqttPacketType.Disconnect => value is 0x00 or 0x04 or (>= 0x80 and <= 0x83) or 0x87 or 0x89 or 0x8B or (>= 0x8D and <= 0x90) or (>= 0x93 and <= 0xA2),
        MqttPacketType.Auth => value is 0x00 or 0x18 or 0x19,
        _ => false,
    };
}
