namespace CommuneRadio.Mqtt;

/// <summary>The broker's answer for one filter: the QoS granted (0x00 to 0x02) or a refusal (0x80 and above).</summary>
public sealed record MqttClientSubscribeResultItem(MqttTopicSubscription Subscription, MqttReasonCode ReasonCode)
{
    public bool IsGranted => ReasonCode < MqttReasonCode.UnspecifiedError;
}
