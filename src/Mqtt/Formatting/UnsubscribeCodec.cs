using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>UNSUBSCRIBE (MQTT 5.0 section 3.10).</summary>
internal static class UnsubscribeCodec
{
    public static void Write(ref MqttBufferWriter writer, UnsubscribePacket packet, MqttProtocolVersion version)
    {
        writer.WriteUInt16(packet.PacketId);
        if (version == MqttProtocolVersion.V500)
        {
            writer.WriteProperties(packet, static (ref MqttBufferWriter w, UnsubscribePacket p) => w.WriteUserProperties(p.UserProperties));
        }

        foreach (var filter in packet.TopicFilters)
        {
            writer.WriteString(filter);
        }
    }

    public static UnsubscribePacket Read(ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        var packet = new UnsubscribePacket { PacketId = PacketIdentifier.Read(ref reader, "UNSUBSCRIBE") };
        if (version == MqttProtocolVersion.V500)
        {
            var properties = reader.ReadProperties();
            var rules = new PropertyReading("UNSUBSCRIBE");
            List<MqttUserProperty>? userProperties = null;
            while (properties.Remaining > 0)
            {
                var id = rules.Next(ref properties);
                if (id != MqttPropertyId.UserProperty)
                {
                    throw rules.Unexpected((int)id);
                }

                PropertyReading.AddUserProperty(ref properties, ref userProperties);
            }

            packet.UserProperties = userProperties;
        }

        while (reader.Remaining > 0)
        {
            packet.TopicFilters.Add(reader.ReadString());
        }

        if (packet.TopicFilters.Count == 0)
        {
            throw MqttProtocolException.ProtocolError("UNSUBSCRIBE has no topic filter [MQTT-3.10.3-2].");
        }

        return packet;
    }
}
