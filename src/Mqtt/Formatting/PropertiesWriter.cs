namespace CommuneRadio.Mqtt.Formatting;

/// <summary>Writes the properties of <paramref name="packet"/>; run once to measure, once to write.</summary>
internal delegate void PropertiesWriter<in T>(ref MqttBufferWriter writer, T packet);
