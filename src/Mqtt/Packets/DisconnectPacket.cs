namespace CommuneRadio.Mqtt.Packets;

/// <summary>DISCONNECT (MQTT 5.0 section 3.14). Under 3.1.1 it has no content.</summary>
internal sealed class DisconnectPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Disconnect;

    public MqttReasonCode ReasonCode { get; set; }

    public uint? SessionExpiryInterval { get; set; }

    public string? ReasonString { get; set; }

    public string? ServerReference { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }
}
