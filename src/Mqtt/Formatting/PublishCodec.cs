using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>PUBLISH (MQTT 5.0 section 3.3). Decoding is the receive hot path: it fills a reused packet and borrows the payload.</summary>
internal static class PublishCodec
{
    public const byte DuplicateFlag = 0x08;
    public const byte RetainFlag = 0x01;

    public static byte Flags(PublishPacket packet) =>
        (byte)((packet.Duplicate ? DuplicateFlag : 0) | ((byte)packet.QualityOfService << 1) | (packet.Retain ? RetainFlag : 0));

    public static void Write(ref MqttBufferWriter writer, PublishPacket packet, MqttProtocolVersion version)
    {
        writer.WriteString(packet.Topic);
        if (packet.QualityOfService != MqttQualityOfService.AtMostOnce)
        {
            writer.WriteUInt16(packet.PacketId);
        }

        if (version == MqttProtocolVersion.V500)
        {
            writer.WriteProperties(packet, WriteProperties);
        }

        writer.WriteBytes(packet.Payload.Span);
    }

    /// <summary>
    /// Decodes into <paramref name="target"/>. Payload and correlation data are slices of
    /// <paramref name="body"/>; the topic comes from <paramref name="cache"/> when one is given, so a
    /// repeated topic costs no allocation.
    /// </summary>
    public static void Read(byte flags, ReadOnlyMemory<byte> body, MqttProtocolVersion version, PublishPacket target, TopicCache? cache)
    {
        var qos = (flags >> 1) & 0x03;
        if (qos == 3)
        {
            throw MqttProtocolException.Malformed("PUBLISH has QoS 3 [MQTT-3.3.1-4].");
        }

        if (qos == 0 && (flags & DuplicateFlag) != 0)
        {
            throw MqttProtocolException.Malformed("PUBLISH at QoS 0 has the DUP flag set [MQTT-3.3.1-2].");
        }

        target.Reset();
        target.QualityOfService = (MqttQualityOfService)qos;
        target.Duplicate = (flags & DuplicateFlag) != 0;
        target.Retain = (flags & RetainFlag) != 0;
        var reader = new MqttBufferReader(body.Span);
        target.Topic = TopicNames.Decode(reader.ReadStringBytes(), cache);
        if (qos != 0)
        {
            target.PacketId = PacketIdentifier.Read(ref reader, "PUBLISH");
        }

        if (version == MqttProtocolVersion.V500)
        {
            ReadProperties(ref reader, body, target);
        }

        if (target.Topic.Length == 0 && target.TopicAlias is null)
        {
            throw MqttProtocolException.ProtocolError("PUBLISH has neither a Topic Name nor a Topic Alias (section 3.3.2.1).");
        }

        target.Payload = body[reader.Offset..];
    }

    private static void WriteProperties(ref MqttBufferWriter writer, PublishPacket packet)
    {
        writer.WriteProperty(MqttPropertyId.PayloadFormatIndicator, (byte?)packet.PayloadFormatIndicator);
        writer.WriteProperty(MqttPropertyId.MessageExpiryInterval, packet.MessageExpiryInterval);
        writer.WriteProperty(MqttPropertyId.TopicAlias, packet.TopicAlias);
        writer.WriteProperty(MqttPropertyId.ResponseTopic, packet.ResponseTopic);
        if (packet.CorrelationData is { } correlation)
        {
            writer.WriteProperty(MqttPropertyId.CorrelationData, correlation.Span);
        }

        writer.WriteUserProperties(packet.UserProperties);
        if (packet.SubscriptionIdentifiers is { } identifiers)
        {
            foreach (var identifier in identifiers)
            {
                writer.WriteVariableByteIntegerProperty(MqttPropertyId.SubscriptionIdentifier, identifier);
            }
        }

        writer.WriteProperty(MqttPropertyId.ContentType, packet.ContentType);
    }

    private static void ReadProperties(ref MqttBufferReader reader, ReadOnlyMemory<byte> body, PublishPacket packet)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading("PUBLISH", subscriptionIdentifierRepeats: true);
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.PayloadFormatIndicator: packet.PayloadFormatIndicator = WillPropertiesCodec.ReadFormat(ref properties, rules, id); break;
                case MqttPropertyId.MessageExpiryInterval: packet.MessageExpiryInterval = properties.ReadUInt32(); break;
                case MqttPropertyId.TopicAlias: packet.TopicAlias = rules.ReadNonZeroUInt16(ref properties, id); break;
                case MqttPropertyId.ResponseTopic: packet.ResponseTopic = TopicNames.Decode(properties.ReadStringBytes(), cache: null); break;
                case MqttPropertyId.CorrelationData:
                    var length = properties.ReadUInt16();
                    var start = properties.Offset;
                    properties.ReadBytes(length);
                    packet.CorrelationData = body.Slice(start, length);
                    break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                case MqttPropertyId.SubscriptionIdentifier: AddSubscriptionIdentifier(ref properties, packet); break;
                case MqttPropertyId.ContentType: packet.ContentType = properties.ReadString(); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        packet.UserProperties = userProperties;
    }

    private static void AddSubscriptionIdentifier(ref MqttBufferReader reader, PublishPacket packet)
    {
        var identifier = reader.ReadVariableByteInteger();
        if (identifier == 0)
        {
            throw MqttProtocolException.ProtocolError("A Subscription Identifier of 0 is a Protocol Error (section 3.3.2.3.8).");
        }

        (packet.SubscriptionIdentifiers ??= []).Add((uint)identifier);
    }
}
