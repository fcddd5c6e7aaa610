namespace CommuneRadio.Mqtt;

/// <summary>The SUBACK answer: one item per requested filter, in request order.</summary>
public sealed class MqttClientSubscribeResult
{
    internal MqttClientSubscribeResult(IReadOnlyList<MqttClientSubscribeResultItem> items, string? reasonString, IReadOnlyList<MqttUserProperty>? userProperties)
    {
        Items = items;
        ReasonString = reasonString;
        UserProperties = userProperties ?? [];
    }

    public IReadOnlyList<MqttClientSubscribeResultItem> Items { get; }

    public string? ReasonString { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }

    /// <summary>True when the broker granted every filter.</summary>
    public bool AllGranted => Items.All(i => i.IsGranted);
}
