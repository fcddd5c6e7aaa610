using CommuneRadio.Mqtt.Publishing;
using CommuneRadio.Mqtt.Subscribing;

namespace CommuneRadio.Mqtt.Internal;

/// <summary>
/// The client side of the session state (MQTT 5.0 section 4.1), which outlives connections: QoS 1/2
/// messages sent but not completely acknowledged, QoS 2 messages received but not completely
/// acknowledged, and the subscriptions to restore when the broker lost its side. Not thread-safe:
/// every member but <see cref="Quota"/> is guarded by the client's lock.
/// </summary>
internal sealed class MqttSession
{
    public PacketIdentifierPool PacketIds { get; } = new();

    public OutgoingPublishStore Outgoing { get; } = new();

    /// <summary>Identifiers of received QoS 2 messages delivered but not yet released by PUBREL (method B of section 4.3.3).</summary>
    public HashSet<ushort> IncomingQos2 { get; } = [];

    public Dictionary<ushort, PendingRequest> Requests { get; } = [];

    /// <summary>Granted subscriptions by filter, restored after a reconnect without session.</summary>
    public Dictionary<string, MqttTopicSubscription> Subscriptions { get; } = new(StringComparer.Ordinal);

    public SendQuota Quota { get; } = new();
}
