using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>SUBACK (MQTT 5.0 section 3.9; under 3.1.1 the return codes are 0x00-0x02 and 0x80).</summary>
internal static class SubAckCodec
{
    public static void Write(ref MqttBufferWriter writer, SubAckPacket packet, MqttProtocolVersion version)
    {
        writer.WriteUInt16(packet.PacketId);
        if (version == MqttProtocolVersion.V500)
        {
            writer.WriteProperties<IReasonProperties>(packet, ReasonPropertiesCodec.Write);
        }

        foreach (var code in packet.ReasonCodes)
        {
            writer.WriteByte(version == MqttProtocolVersion.V311 && code >= MqttReasonCode.UnspecifiedError ? (byte)0x80 : (byte)code);
        }
    }

    public static SubAckPacket Read(ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        var packet = new SubAckPacket { PacketId = PacketIdentifier.Read(ref reader, "SUBACK") };
        if (version == MqttProtocolVersion.V500)
        {
            ReasonPropertiesCodec.Read(ref reader, packet, "SUBACK");
        }

        while (reader.Remaining > 0)
        {
            var code = reader.ReadByte();
            if (version == MqttProtocolVersion.V311 && code is not (0x00 or 0x01 or 0x02 or 0x80))
            {
                throw MqttProtocolException.ProtocolError($"SUBACK return code 0x{code:X2} is not defined in MQTT 3.1.1.");
            }

            packet.ReasonCodes.Add(ReasonCodeRules.Check(MqttPacketType.SubAck, code));
        }

        return packet;
    }
}
