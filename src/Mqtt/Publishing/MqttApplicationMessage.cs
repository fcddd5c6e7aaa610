using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt;

/// <summary>
/// A message to publish (or a Will). Immutable once built, so one instance may be published from
/// several threads. The <see cref="Payload"/> memory is read when the packet is encoded, which for
/// QoS 1/2 also happens again on a resend: do not change the bytes until PublishAsync completes.
/// </summary>
public sealed class MqttApplicationMessage
{
    public MqttApplicationMessage(string topic, ReadOnlyMemory<byte> payload, MqttQualityOfService qualityOfService = MqttQualityOfService.AtMostOnce, bool retain = false)
    {
        ArgumentNullException.ThrowIfNull(topic);
        Topic = topic;
        Payload = payload;
        QualityOfService = qualityOfService;
        Retain = retain;
    }

    public string Topic { get; }

    public ReadOnlyMemory<byte> Payload { get; }

    public MqttQualityOfService QualityOfService { get; }

    /// <summary>Ask the broker to keep this message as the topic's retained message (an empty payload clears it).</summary>
    public bool Retain { get; }

    public MqttPayloadFormatIndicator PayloadFormatIndicator { get; init; }

    /// <summary>Lifetime of the message at the broker (MQTT 5.0 section 3.3.2.3.3); null never expires. Sent in whole seconds, rounded up.</summary>
    public TimeSpan? MessageExpiryInterval { get; init; }

    public string? ContentType { get; init; }

    /// <summary>Topic a responder should publish the response to (request/response, MQTT 5.0 section 4.10).</summary>
    public string? ResponseTopic { get; init; }

    public ReadOnlyMemory<byte>? CorrelationData { get; init; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; init; }

    /// <summary>A UTF-8 payload flagged as character data.</summary>
    public static MqttApplicationMessage FromString(string topic, string payload, MqttQualityOfService qualityOfService = MqttQualityOfService.AtMostOnce, bool retain = false) =>
        new(topic, System.Text.Encoding.UTF8.GetBytes(payload), qualityOfService, retain) { PayloadFormatIndicator = MqttPayloadFormatIndicator.CharacterData };

    internal static uint? ToSeconds(TimeSpan? interval) =>
        interval is not { } value ? null
        : value <= TimeSpan.Zero ? 0
        : value.TotalSeconds >= uint.MaxValue ? uint.MaxValue
        : (uint)Math.Ceiling(value.TotalSeconds);

    internal void Validate(string parameterName)
    {
        TopicNames.ThrowIfInvalid(Topic, parameterName);
        if (!Enum.IsDefined(QualityOfService))
        {
            throw new ArgumentException($"QoS {(int)QualityOfService} does not exist.", parameterName);
        }

        if (ContentType is not null)
        {
            MqttUtf8.ThrowIfInvalid(ContentType, parameterName);
        }

        if (ResponseTopic is not null)
        {
            TopicNames.ThrowIfInvalid(ResponseTopic, parameterName);
        }
    }
}
