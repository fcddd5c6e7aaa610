namespace CommuneRadio.Mqtt.Packets;

/// <summary>SUBACK (MQTT 5.0 section 3.9): one reason code per topic filter, in order.</summary>
internal sealed class SubAckPacket : MqttPacket, IReasonProperties
{
    public override MqttPacketType Type => MqttPacketType.SubAck;

    public ushort PacketId { get; set; }

    public string? ReasonString { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    public List<MqttReasonCode> ReasonCodes { get; set; } = [];
}
