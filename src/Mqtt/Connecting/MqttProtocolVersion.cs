namespace CommuneRadio.Mqtt;

/// <summary>The protocol level sent in CONNECT (MQTT 5.0 section 3.1.2.2).</summary>
public enum MqttProtocolVersion : byte
{
    /// <summary>MQTT 3.1.1: no properties and no reason codes on acknowledgements (simulates older devices).</summary>
    V311 = 4,

    /// <summary>MQTT 5.0.</summary>
    V500 = 5,
}
