using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// PUBACK, PUBREC, PUBREL and PUBCOMP (MQTT 5.0 sections 3.4 to 3.7). Under 5.0 the reason code may
/// be omitted when it is 0x00 and there are no properties, and the property length may be omitted
/// when there are none (section 3.4.2.1); the writer uses the shortest form.
/// </summary>
internal static class PublishAcknowledgementCodec
{
    public static void Write(ref MqttBufferWriter writer, PublishAcknowledgementPacket packet, MqttProtocolVersion version)
    {
        writer.WriteUInt16(packet.PacketId);
        if (version == MqttProtocolVersion.V311)
        {
            return;
        }

        var hasProperties = ReasonPropertiesCodec.HasAny(packet);
        if (packet.ReasonCode != MqttReasonCode.Success || hasProperties)
        {
            writer.WriteByte((byte)packet.ReasonCode);
        }

        if (hasProperties)
        {
            writer.WriteProperties<IReasonProperties>(packet, ReasonPropertiesCodec.Write);
        }
    }

    /// <summary>The common case, an acknowledgement with only an identifier and a reason code, without allocating.</summary>
    public static int WriteShort(Span<byte> destination, MqttPacketType type, ushort packetId, MqttReasonCode reason, MqttProtocolVersion version)
    {
        var withReason = version == MqttProtocolVersion.V500 && reason != MqttReasonCode.Success;
        destination[0] = (byte)(((byte)type << 4) | (type == MqttPacketType.PubRel ? 0x02 : 0x00));
        destination[1] = withReason ? (byte)3 : (byte)2;
        destination[2] = (byte)(packetId >> 8);
        destination[3] = (byte)packetId;
        if (withReason)
        {
            destination[4] = (byte)reason;
            return 5;
        }

        return 4;
    }

    public static PublishAcknowledgementPacket Read(MqttPacketType type, ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        var packet = PublishAcknowledgementPacket.Create(type);
        var name = type.Name();
        packet.PacketId = PacketIdentifier.Read(ref reader, name);
        if (version == MqttProtocolVersion.V500 && reader.Remaining > 0)
        {
            packet.ReasonCode = ReasonCodeRules.Check(type, reader.ReadByte());
            if (reader.Remaining > 0)
            {
                ReasonPropertiesCodec.Read(ref reader, packet, name);
            }
        }

        reader.EnsureEnd(name);
        return packet;
    }
}
