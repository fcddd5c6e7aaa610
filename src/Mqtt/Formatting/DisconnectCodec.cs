using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// DISCONNECT (MQTT 5.0 section 3.14). A reason of 0x00 with no properties is sent as an empty body
/// (section 3.14.2.1). Under 3.1.1 the packet is always empty.
/// </summary>
internal static class DisconnectCodec
{
    public static void Write(ref MqttBufferWriter writer, DisconnectPacket packet, MqttProtocolVersion version)
    {
        if (version == MqttProtocolVersion.V311)
        {
            return;
        }

        var hasProperties = packet.SessionExpiryInterval is not null || packet.ReasonString is not null ||
            packet.ServerReference is not null || packet.UserProperties is { Count: > 0 };
        if (packet.ReasonCode != MqttReasonCode.NormalDisconnection || hasProperties)
        {
            writer.WriteByte((byte)packet.ReasonCode);
        }

        if (hasProperties)
        {
            writer.WriteProperties(packet, WriteProperties);
        }
    }

    public static DisconnectPacket Read(ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        var packet = new DisconnectPacket();
        if (version == MqttProtocolVersion.V500 && reader.Remaining > 0)
        {
            packet.ReasonCode = ReasonCodeRules.Check(MqttPacketType.Disconnect, reader.ReadByte());
            if (reader.Remaining > 0)
            {
                ReadProperties(ref reader, packet);
            }
        }

        reader.EnsureEnd("DISCONNECT");
        return packet;
    }

    private static void WriteProperties(ref MqttBufferWriter writer, DisconnectPacket packet)
    {
        writer.WriteProperty(MqttPropertyId.SessionExpiryInterval, packet.SessionExpiryInterval);
        writer.WriteProperty(MqttPropertyId.ReasonString, packet.ReasonString);
        writer.WriteUserProperties(packet.UserProperties);
        writer.WriteProperty(MqttPropertyId.ServerReference, packet.ServerReference);
    }

    private static void ReadProperties(ref MqttBufferReader reader, DisconnectPacket packet)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading("DISCONNECT");
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.SessionExpiryInterval: packet.SessionExpiryInterval = properties.ReadUInt32(); break;
                case MqttPropertyId.ReasonString: packet.ReasonString = properties.ReadString(); break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                case MqttPropertyId.ServerReference: packet.ServerReference = properties.ReadString(); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        packet.UserProperties = userProperties;
    }
}
