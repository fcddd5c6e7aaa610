namespace CommuneRadio.Mqtt.Packets;

/// <summary>
/// The shape shared by PUBACK, PUBREC, PUBREL and PUBCOMP (MQTT 5.0 sections 3.4 to 3.7): a packet
/// identifier, and under 5.0 a reason code and properties that may be omitted when they are default.
/// </summary>
internal abstract class PublishAcknowledgementPacket : MqttPacket, IReasonProperties
{
    public ushort PacketId { get; set; }

    public MqttReasonCode ReasonCode { get; set; }

    public string? ReasonString { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    public static PublishAcknowledgementPacket Create(MqttPacketType type) => type switch
    {
        MqttPacketType.PubAck => new PubAckPacket(),
        MqttPacketType.PubRec => new PubRecPacket(),
        MqttPacketType.PubRel => new PubRelPacket(),
        MqttPacketType.PubComp => new PubCompPacket(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a publish acknowledgement"),
    };
}
