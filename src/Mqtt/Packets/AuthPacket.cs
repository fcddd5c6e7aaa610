namespace CommuneRadio.Mqtt.Packets;

/// <summary>AUTH (MQTT 5.0 section 3.15), for enhanced authentication. Does not exist in 3.1.1.</summary>
internal sealed class AuthPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Auth;

    public MqttReasonCode ReasonCode { get; set; }

    public string? AuthenticationMethod { get; set; }

    public byte[]? AuthenticationData { get; set; }

    public string? ReasonString { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }
}
