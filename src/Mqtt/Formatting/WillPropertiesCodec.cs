using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>Will Properties in the CONNECT payload (MQTT 5.0 section 3.1.3.2).</summary>
internal static class WillPropertiesCodec
{
    public static void Write(ref MqttBufferWriter writer, WillMessage will)
    {
        writer.WriteProperty(MqttPropertyId.WillDelayInterval, will.DelayInterval);
        writer.WriteProperty(MqttPropertyId.PayloadFormatIndicator, (byte?)will.PayloadFormatIndicator);
        writer.WriteProperty(MqttPropertyId.MessageExpiryInterval, will.MessageExpiryInterval);
        writer.WriteProperty(MqttPropertyId.ContentType, will.ContentType);
        writer.WriteProperty(MqttPropertyId.ResponseTopic, will.ResponseTopic);
        if (will.CorrelationData is not null)
        {
            writer.WriteProperty(MqttPropertyId.CorrelationData, will.CorrelationData);
        }

        writer.WriteUserProperties(will.UserProperties);
    }

    public static void Read(ref MqttBufferReader reader, WillMessage will)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading("CONNECT Will");
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.WillDelayInterval: will.DelayInterval = properties.ReadUInt32(); break;
                case MqttPropertyId.PayloadFormatIndicator: will.PayloadFormatIndicator = ReadFormat(ref properties, rules, id); break;
                case MqttPropertyId.MessageExpiryInterval: will.MessageExpiryInterval = properties.ReadUInt32(); break;
                case MqttPropertyId.ContentType: will.ContentType = properties.ReadString(); break;
                case MqttPropertyId.ResponseTopic: will.ResponseTopic = TopicNames.Decode(properties.ReadStringBytes(), cache: null); break;
                case MqttPropertyId.CorrelationData: will.CorrelationData = properties.ReadBinary().ToArray(); break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        will.UserProperties = userProperties;
    }

    public static MqttPayloadFormatIndicator ReadFormat(ref MqttBufferReader reader, in PropertyReading rules, MqttPropertyId id) =>
        rules.ReadFlag(ref reader, id) ? MqttPayloadFormatIndicator.CharacterData : MqttPayloadFormatIndicator.Unspecified;
}
