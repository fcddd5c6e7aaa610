namespace CommuneRadio.Mqtt.Packets;

/// <summary>PUBREL (MQTT 5.0 section 3.6).</summary>
internal sealed class PubRelPacket : PublishAcknowledgementPacket
{
    public override MqttPacketType Type => MqttPacketType.PubRel;
}
