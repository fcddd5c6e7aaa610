namespace CommuneRadio.Mqtt;

/// <summary>The Payload Format Indicator property (MQTT 5.0 section 3.3.2.3.2).</summary>
public enum MqttPayloadFormatIndicator : byte
{
    /// <summary>Unspecified bytes (the default, and what an absent property means).</summary>
    Unspecified = 0,

    /// <summary>The payload is UTF-8 encoded character data.</summary>
    CharacterData = 1,
}
