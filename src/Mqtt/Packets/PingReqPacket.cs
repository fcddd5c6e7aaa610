namespace CommuneRadio.Mqtt.Packets;

/// <summary>PINGREQ (MQTT 5.0 section 3.12): no variable header, no payload.</summary>
internal sealed class PingReqPacket : MqttPacket
{
    public static readonly PingReqPacket Instance = new();

    public override MqttPacketType Type => MqttPacketType.PingReq;
}
