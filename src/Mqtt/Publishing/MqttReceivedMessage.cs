using System.Text;
using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt;

/// <summary>
/// A message delivered to <see cref="MqttMessageHandler"/>. One instance per connection is reused for
/// every message and its <see cref="Payload"/> and <see cref="CorrelationData"/> point into the
/// connection's read buffer: everything here is valid only until the handler's task completes.
/// Receiving therefore allocates nothing per message beyond what the message itself carries as
/// strings (a new topic, content type, user properties). Use <see cref="ToApplicationMessage"/> to
/// keep a copy. Not thread-safe; read it on the handler's flow only.
/// </summary>
public sealed class MqttReceivedMessage
{
    private readonly PublishPacket _packet;

    internal MqttReceivedMessage(PublishPacket packet) => _packet = packet;

    /// <summary>The topic name, resolved from a topic alias when the broker used one.</summary>
    public string Topic => _packet.Topic;

    /// <summary>The payload bytes; borrowed, valid only during the handler call.</summary>
    public ReadOnlyMemory<byte> Payload => _packet.Payload;

    public MqttQualityOfService QualityOfService => _packet.QualityOfService;

    /// <summary>True when the broker sent this as a retained message (or forwarded the flag with Retain As Published).</summary>
    public bool Retain => _packet.Retain;

    /// <summary>True when this may be a redelivery of an earlier attempt (DUP flag).</summary>
    public bool Duplicate => _packet.Duplicate;

    public MqttPayloadFormatIndicator PayloadFormatIndicator => _packet.PayloadFormatIndicator ?? MqttPayloadFormatIndicator.Unspecified;

    /// <summary>What remains of the message's lifetime at the broker (MQTT 5.0 section 3.3.2.3.3); null when it does not expire.</summary>
    public TimeSpan? MessageExpiryInterval => _packet.MessageExpiryInterval is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    public string? ContentType => _packet.ContentType;

    public string? ResponseTopic => _packet.ResponseTopic;

    /// <summary>Correlation data; borrowed like <see cref="Payload"/>.</summary>
    public ReadOnlyMemory<byte>? CorrelationData => _packet.CorrelationData;

    public IReadOnlyList<MqttUserProperty> UserProperties => (IReadOnlyList<MqttUserProperty>?)_packet.UserProperties ?? [];

    /// <summary>Identifiers of the subscriptions that matched (MQTT 5.0 section 3.3.2.3.8).</summary>
    public IReadOnlyList<uint> SubscriptionIdentifiers => (IReadOnlyList<uint>?)_packet.SubscriptionIdentifiers ?? [];

    /// <summary>Decodes the payload as UTF-8 (allocates a string).</summary>
    public string PayloadAsString() => Encoding.UTF8.GetString(_packet.Payload.Span);

    /// <summary>Copies the message, payload included, into an object that stays valid after the handler returns.</summary>
    public MqttApplicationMessage ToApplicationMessage() =>
        new(Topic, Payload.ToArray(), QualityOfService, Retain)
        {
            PayloadFormatIndicator = PayloadFormatIndicator,
            MessageExpiryInterval = MessageExpiryInterval,
            ContentType = ContentType,
            ResponseTopic = ResponseTopic,
            CorrelationData = CorrelationData?.ToArray(),
            UserProperties = _packet.UserProperties?.ToArray(),
        };

    public override string ToString() => $"{Topic} ({Payload.Length} bytes, QoS {(int)QualityOfService}{(Retain ? ", retained" : "")})";
}
