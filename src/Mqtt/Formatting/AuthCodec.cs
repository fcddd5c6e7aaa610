using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>AUTH (MQTT 5.0 section 3.15). An empty body means reason 0x00 with no properties.</summary>
internal static class AuthCodec
{
    public static void Write(ref MqttBufferWriter writer, AuthPacket packet)
    {
        var hasProperties = packet.AuthenticationMethod is not null || packet.AuthenticationData is not null ||
            packet.ReasonString is not null || packet.UserProperties is { Count: > 0 };
        if (packet.ReasonCode == MqttReasonCode.Success && !hasProperties)
        {
            return;
        }

        writer.WriteByte((byte)packet.ReasonCode);
        writer.WriteProperties(packet, WriteProperties);
    }

    public static AuthPacket Read(ref MqttBufferReader reader)
    {
        var packet = new AuthPacket();
        if (reader.Remaining > 0)
        {
            packet.ReasonCode = ReasonCodeRules.Check(MqttPacketType.Auth, reader.ReadByte());
            if (reader.Remaining > 0)
            {
                ReadProperties(ref reader, packet);
            }
        }

        reader.EnsureEnd("AUTH");
        return packet;
    }

    private static void WriteProperties(ref MqttBufferWriter writer, AuthPacket packet)
    {
        writer.WriteProperty(MqttPropertyId.AuthenticationMethod, packet.AuthenticationMethod);
        if (packet.AuthenticationData is not null)
        {
            writer.WriteProperty(MqttPropertyId.AuthenticationData, packet.AuthenticationData);
        }

        writer.WriteProperty(MqttPropertyId.ReasonString, packet.ReasonString);
        writer.WriteUserProperties(packet.UserProperties);
    }

    private static void ReadProperties(ref MqttBufferReader reader, AuthPacket packet)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading("AUTH");
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.AuthenticationMethod: packet.AuthenticationMethod = properties.ReadString(); break;
                case MqttPropertyId.AuthenticationData: packet.AuthenticationData = properties.ReadBinary().ToArray(); break;
                case MqttPropertyId.ReasonString: packet.ReasonString = properties.ReadString(); break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        packet.UserProperties = userProperties;
    }
}
