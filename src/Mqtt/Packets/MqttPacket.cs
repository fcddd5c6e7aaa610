namespace CommuneRadio.Mqtt.Packets;

/// <summary>A decoded or to-be-encoded MQTT control packet: plain data, no behaviour.</summary>
internal abstract class MqttPacket
{
    public abstract MqttPacketType Type { get; }
}
