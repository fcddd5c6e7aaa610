using System.Text;

namespace CommuneRadio.TestSupport.MisbehavingBroker;

/// <summary>The bytes of each <see cref="BrokerFault"/>, as sent on a connection of protocol level <c>level</c>.</summary>
internal static class FaultPackets
{
    public static byte[] For(BrokerFault fault, byte level, string topic, string payload) => fault switch
    {
        // Five bytes of Remaining Length, each with its continuation bit but the last.
        BrokerFault.BadRemainingLength => [0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0x01, 0x00],
        BrokerFault.InvalidUtf8Topic => MqttWire.Publish(level, 0, [.. "stations/"u8, 0xC3, 0x28, .. "/heartbeat"u8], Encoding.UTF8.GetBytes(payload)),
        // Property 0x23 (Topic Alias) = 7, with an empty topic name.
        BrokerFault.UnknownTopicAlias => MqttWire.Publish(level, 0, [], Encoding.UTF8.GetBytes(payload), properties: [0x23, 0x00, 0x07]),
        BrokerFault.PacketOnlyClientsSend => MqttWire.Packet(0x82, [0x00, 0x09, .. level == MqttWire.ProtocolLevel5 ? new byte[] { 0 } : [], .. MqttWire.Prefixed("x/y"u8), 0x01]),
        BrokerFault.SecondConnAck => MqttWire.ConnAck(level),
        BrokerFault.QoS3 => QoS3(level, topic, payload),
        BrokerFault.WildcardTopic => MqttWire.Publish(level, 0, topic[..topic.LastIndexOf('/')] + "/+", payload),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    private static byte[] QoS3(byte level, string topic, string payload)
    {
        var packet = MqttWire.Publish(level, 1, topic, payload);
        packet[0] = 0x36; // PUBLISH with QoS bits 11
        return packet;
    }
}
