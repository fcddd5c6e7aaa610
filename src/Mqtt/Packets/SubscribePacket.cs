namespace CommuneRadio.Mqtt.Packets;

/// <summary>SUBSCRIBE (MQTT 5.0 section 3.8).</summary>
internal sealed class SubscribePacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Subscribe;

    public ushort PacketId { get; set; }

    /// <summary>The Subscription Identifier (1 to 268,435,455), or null when absent.</summary>
    public uint? SubscriptionIdentifier { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    public List<MqttTopicSubscription> Subscriptions { get; set; } = [];
}
