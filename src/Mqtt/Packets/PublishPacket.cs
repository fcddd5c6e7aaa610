namespace CommuneRadio.Mqtt.Packets;

/// <summary>
/// PUBLISH (MQTT 5.0 section 3.3). When decoded on the receive path, <see cref="Payload"/> and
/// <see cref="CorrelationData"/> point into the connection's read buffer and one instance is reused
/// for every message of the connection.
/// </summary>
internal sealed class PublishPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Publish;

    /// <summary>The topic name; empty when the broker sent only a <see cref="TopicAlias"/>.</summary>
    public string Topic { get; set; } = "";

    public ushort PacketId { get; set; }

    public MqttQualityOfService QualityOfService { get; set; }

    public bool Retain { get; set; }

    public bool Duplicate { get; set; }

    public ReadOnlyMemory<byte> Payload { get; set; }

    public MqttPayloadFormatIndicator? PayloadFormatIndicator { get; set; }

    public uint? MessageExpiryInterval { get; set; }

    public ushort? TopicAlias { get; set; }

    public string? ResponseTopic { get; set; }

    public ReadOnlyMemory<byte>? CorrelationData { get; set; }

    public string? ContentType { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    public List<uint>? SubscriptionIdentifiers { get; set; }

    /// <summary>Clears every field so a reused instance carries nothing from the previous message.</summary>
    public void Reset()
    {
        Topic = "";
        PacketId = 0;
        QualityOfService = MqttQualityOfService.AtMostOnce;
        Retain = false;
        Duplicate = false;
        Payload = default;
        PayloadFormatIndicator = null;
        MessageExpiryInterval = null;
        TopicAlias = null;
        ResponseTopic = null;
        CorrelationData = null;
        ContentType = null;
        UserProperties = null;
        SubscriptionIdentifiers = null;
    }
}
