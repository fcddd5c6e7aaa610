namespace CommuneRadio.Mqtt.Packets;

/// <summary>CONNACK (MQTT 5.0 section 3.2). Under 3.1.1 the return code is mapped onto <see cref="ReasonCode"/>.</summary>
internal sealed class ConnAckPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.ConnAck;

    public bool SessionPresent { get; set; }

    public MqttReasonCode ReasonCode { get; set; }

    public uint? SessionExpiryInterval { get; set; }

    public ushort? ReceiveMaximum { get; set; }

    public MqttQualityOfService? MaximumQoS { get; set; }

    public bool? RetainAvailable { get; set; }

    public uint? MaximumPacketSize { get; set; }

    public string? AssignedClientIdentifier { get; set; }

    public ushort? TopicAliasMaximum { get; set; }

    public string? ReasonString { get; set; }

    public bool? WildcardSubscriptionAvailable { get; set; }

    public bool? SubscriptionIdentifiersAvailable { get; set; }

    public bool? SharedSubscriptionAvailable { get; set; }

    public ushort? ServerKeepAlive { get; set; }

    public string? ResponseInformation { get; set; }

    public string? ServerReference { get; set; }

    public string? AuthenticationMethod { get; set; }

    public byte[]? AuthenticationData { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }
}
