namespace CommuneRadio.Mqtt.Tests.Brokers;

/// <summary>The flags of a received message, which <see cref="MqttApplicationMessage"/> does not carry.</summary>
public sealed record MqttReceivedMessageFlags(bool Duplicate, bool Retain, MqttQualityOfService QualityOfService);
