using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>The properties section of acknowledgements that carry only Reason String and User Properties.</summary>
internal static class ReasonPropertiesCodec
{
    public static bool HasAny(IReasonProperties packet) => packet.ReasonString is not null || packet.UserProperties is { Count: > 0 };

    public static void Write(ref MqttBufferWriter writer, IReasonProperties packet)
    {
        writer.WriteProperty(MqttPropertyId.ReasonString, packet.ReasonString);
        writer.WriteUserProperties(packet.UserProperties);
    }

    public static void Read(ref MqttBufferReader reader, IReasonProperties packet, string name)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading(name);
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.ReasonString: packet.ReasonString = properties.ReadString(); break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        packet.UserProperties = userProperties;
    }
}
