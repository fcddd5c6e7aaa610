using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>SUBSCRIBE (MQTT 5.0 section 3.8): identifier, properties, then filters each with an options byte.</summary>
internal static class SubscribeCodec
{
    private const byte NoLocalFlag = 0x04;
    private const byte RetainAsPublishedFlag = 0x08;

    public static void Write(ref MqttBufferWriter writer, SubscribePacket packet, MqttProtocolVersion version)
    {
        writer.WriteUInt16(packet.PacketId);
        if (version == MqttProtocolVersion.V500)
        {
            writer.WriteProperties(packet, WriteProperties);
        }

        foreach (var subscription in packet.Subscriptions)
        {
            writer.WriteString(subscription.TopicFilter);
            writer.WriteByte(Options(subscription, version));
        }
    }

    public static SubscribePacket Read(ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        var packet = new SubscribePacket { PacketId = PacketIdentifier.Read(ref reader, "SUBSCRIBE") };
        if (version == MqttProtocolVersion.V500)
        {
            ReadProperties(ref reader, packet);
        }

        while (reader.Remaining > 0)
        {
            var filter = reader.ReadString();
            packet.Subscriptions.Add(ReadOptions(filter, reader.ReadByte(), version));
        }

        if (packet.Subscriptions.Count == 0)
        {
            throw MqttProtocolException.ProtocolError("SUBSCRIBE has no topic filter [MQTT-3.8.3-2].");
        }

        return packet;
    }

    private static byte Options(MqttTopicSubscription subscription, MqttProtocolVersion version)
    {
        var options = (byte)subscription.QualityOfService;
        if (version == MqttProtocolVersion.V500)
        {
            options |= (byte)((subscription.NoLocal ? NoLocalFlag : 0) |
                (subscription.RetainAsPublished ? RetainAsPublishedFlag : 0) |
                ((byte)subscription.RetainHandling << 4));
        }

        return options;
    }

    private static MqttTopicSubscription ReadOptions(string filter, byte options, MqttProtocolVersion version)
    {
        var reservedMask = version == MqttProtocolVersion.V500 ? 0xC0 : 0xFC;
        if ((options & reservedMask) != 0 || (options & 0x03) == 3)
        {
            throw MqttProtocolException.Malformed($"Subscription options 0x{options:X2} set reserved bits or QoS 3 (section 3.8.3.1).");
        }

        var retainHandling = (options >> 4) & 0x03;
        if (retainHandling == 3)
        {
            throw MqttProtocolException.ProtocolError("Retain Handling 3 is a Protocol Error (section 3.8.3.1).");
        }

        return new MqttTopicSubscription(filter, (MqttQualityOfService)(options & 0x03))
        {
            NoLocal = (options & NoLocalFlag) != 0,
            RetainAsPublished = (options & RetainAsPublishedFlag) != 0,
            RetainHandling = (MqttRetainHandling)retainHandling,
        };
    }

    private static void WriteProperties(ref MqttBufferWriter writer, SubscribePacket packet)
    {
        writer.WriteVariableByteIntegerProperty(MqttPropertyId.SubscriptionIdentifier, packet.SubscriptionIdentifier);
        writer.WriteUserProperties(packet.UserProperties);
    }

    private static void ReadProperties(ref MqttBufferReader reader, SubscribePacket packet)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading("SUBSCRIBE");
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.SubscriptionIdentifier:
                    var identifier = properties.ReadVariableByteInteger();
                    packet.SubscriptionIdentifier = identifier != 0
                        ? (uint)identifier
                        : throw MqttProtocolException.ProtocolError("A Subscription Identifier of 0 is a Protocol Error (section 3.8.2.1.2).");
                    break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        packet.UserProperties = userProperties;
    }
}
