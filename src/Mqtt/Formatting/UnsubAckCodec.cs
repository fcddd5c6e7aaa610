using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>UNSUBACK (MQTT 5.0 section 3.11; under 3.1.1 only the packet identifier).</summary>
internal static class UnsubAckCodec
{
    public static void Write(ref MqttBufferWriter writer, UnsubAckPacket packet, MqttProtocolVersion version)
    {
        writer.WriteUInt16(packet.PacketId);
        if (version == MqttProtocolVersion.V311)
        {
            return;
        }

        writer.WriteProperties<IReasonProperties>(packet, ReasonPropertiesCodec.Write);
        foreach (var code in packet.ReasonCodes)
        {
            writer.WriteByte((byte)code);
        }
    }

    public static UnsubAckPacket Read(ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        var packet = new UnsubAckPacket { PacketId = PacketIdentifier.Read(ref reader, "UNSUBACK") };
        if (version == MqttProtocolVersion.V311)
        {
            reader.EnsureEnd("UNSUBACK");
            return packet;
        }

        ReasonPropertiesCodec.Read(ref reader, packet, "UNSUBACK");
        while (reader.Remaining > 0)
        {
            packet.ReasonCodes.Add(ReasonCodeRules.Check(MqttPacketType.UnsubAck, reader.ReadByte()));
        }

        return packet;
    }
}
