namespace CommuneRadio.Mqtt;

/// <summary>Shorthands over <see cref="IMqttClient"/> for the common single-topic cases.</summary>
public static class MqttClientExtensions
{
    public static Task<MqttClientPublishResult> PublishAsync(
        this IMqttClient client, string topic, ReadOnlyMemory<byte> payload,
        MqttQualityOfService qualityOfService = MqttQualityOfService.AtMostOnce, bool retain = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PublishAsync(new MqttApplicationMessage(topic, payload, qualityOfService, retain), cancellationToken);
    }

    /// <summary>Publishes <paramref name="payload"/> as UTF-8, flagged as character data.</summary>
    public static Task<MqttClientPublishResult> PublishStringAsync(
        this IMqttClient client, string topic, string payload,
        MqttQualityOfService qualityOfService = MqttQualityOfService.AtMostOnce, bool retain = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(payload);
        return client.PublishAsync(MqttApplicationMessage.FromString(topic, payload, qualityOfService, retain), cancellationToken);
    }

    public static Task<MqttClientSubscribeResult> SubscribeAsync(
        this IMqttClient client, string topicFilter, MqttQualityOfService qualityOfService = MqttQualityOfService.AtLeastOnce,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SubscribeAsync([new MqttTopicSubscription(topicFilter, qualityOfService)], cancellationToken);
    }

    public static Task<MqttClientUnsubscribeResult> UnsubscribeAsync(this IMqttClient client, string topicFilter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.UnsubscribeAsync([topicFilter], cancellationToken);
    }

}
