namespace CommuneRadio.Mqtt.Packets;

/// <summary>PUBCOMP (MQTT 5.0 section 3.7).</summary>
internal sealed class PubCompPacket : PublishAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubComp;
}
