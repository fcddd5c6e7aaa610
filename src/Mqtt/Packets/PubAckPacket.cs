namespace CommuneRadio.Mqtt.Packets;

/// <summary>PUBACK (MQTT 5.0 section 3.4).</summary>
internal sealed class PubAckPacket : PublishAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubAck;
}
