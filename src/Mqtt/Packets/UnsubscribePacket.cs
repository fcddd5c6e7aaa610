namespace CommuneRadio.Mqtt.Packets;

/// <summary>UNSUBSCRIBE (MQTT 5.0 section 3.10).</summary>
internal sealed class UnsubscribePacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Unsubscribe;

    public ushort PacketId { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    public List<string> TopicFilters { get; set; } = [];
}
