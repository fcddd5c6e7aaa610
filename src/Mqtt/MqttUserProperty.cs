namespace CommuneRadio.Mqtt;

/// <summary>A User Property (MQTT 5.0 section 3.3.2.3.7): a UTF-8 name/value pair. Order and duplicates are kept.</summary>
public readonly record struct MqttUserProperty(string Name, string Value);
