namespace CommuneRadio.Mqtt.Packets;

/// <summary>PUBREC (MQTT 5.0 section 3.5).</summary>
internal sealed class PubRecPacket : PublishAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubRec;
}
