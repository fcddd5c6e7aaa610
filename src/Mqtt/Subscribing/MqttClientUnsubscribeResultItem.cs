namespace CommuneRadio.Mqtt;

/// <summary>The broker's answer for one filter: Success, 0x11 No subscription existed, or a refusal.</summary>
public sealed record MqttClientUnsubscribeResultItem(string TopicFilter, MqttReasonCode ReasonCode);
