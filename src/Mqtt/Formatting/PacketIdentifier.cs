namespace CommuneRadio.Mqtt.Formatting;

/// <summary>The two-byte Packet Identifier (MQTT 5.0 section 2.2.1), which is never 0 [MQTT-2.2.1-3].</summary>
internal static class PacketIdentifier
{
    public static ushort Read(ref MqttBufferReader reader, string packet)
    {
        var id = reader.ReadUInt16();
        return id != 0 ? id : throw MqttProtocolException.Malformed($"{packet} has Packet Identifier 0 [MQTT-2.2.1-3].");
    }
}
