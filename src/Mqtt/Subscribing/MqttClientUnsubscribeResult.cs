namespace CommuneRadio.Mqtt;

/// <summary>The UNSUBACK answer: one item per filter. MQTT 3.1.1 has no per-filter codes, so every item reports Success.</summary>
public sealed class MqttClientUnsubscribeResult
{
    internal MqttClientUnsubscribeResult(IReadOnlyList<MqttClientUnsubscribeResultItem> items, string? reasonString, IReadOnlyList<MqttUserProperty>? userProperties)
    {
        Items = items;
        ReasonString = reasonString;
        UserProperties = userProperties ?? [];
    }

    public IReadOnlyList<MqttClientUnsubscribeResultItem> Items { get; }

    public string? ReasonString { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }
}
