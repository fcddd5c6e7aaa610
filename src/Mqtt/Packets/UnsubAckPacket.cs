namespace CommuneRadio.Mqtt.Packets;

/// <summary>UNSUBACK (MQTT 5.0 section 3.11). Under 3.1.1 it carries no reason codes (the list stays empty).</summary>
internal sealed class UnsubAckPacket : MqttPacket, IReasonProperties
{
    public override MqttPacketType Type => MqttPacketType.UnsubAck;

    public ushort PacketId { get; set; }

    public string? ReasonString { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    public List<MqttReasonCode> ReasonCodes { get; set; } = [];
}
