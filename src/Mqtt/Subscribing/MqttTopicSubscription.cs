namespace CommuneRadio.Mqtt;

/// <summary>
/// One topic filter of a SUBSCRIBE with its Subscription Options (MQTT 5.0 section 3.8.3.1).
/// A shared subscription is written <c>$share/{group}/{filter}</c> (section 4.8.2). Under MQTT 3.1.1
/// only <see cref="QualityOfService"/> is sent; the other options are 5.0 features and are ignored.
/// Immutable, so it may be shared between threads.
/// </summary>
public sealed record MqttTopicSubscription
{
    public MqttTopicSubscription(string topicFilter, MqttQualityOfService qualityOfService = MqttQualityOfService.AtLeastOnce)
    {
        ArgumentNullException.ThrowIfNull(topicFilter);
        TopicFilter = topicFilter;
        QualityOfService = qualityOfService;
    }

    public string TopicFilter { get; init; }

    /// <summary>The maximum QoS the broker may use to send messages of this subscription.</summary>
    public MqttQualityOfService QualityOfService { get; init; }

    /// <summary>Do not receive messages this client published itself. Not allowed on shared subscriptions.</summary>
    public bool NoLocal { get; init; }

    /// <summary>Keep the RETAIN flag the publisher set instead of clearing it on forwarded messages.</summary>
    public bool RetainAsPublished { get; init; }

    public MqttRetainHandling RetainHandling { get; init; }
}
