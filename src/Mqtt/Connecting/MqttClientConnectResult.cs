using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt;

/// <summary>What the broker said in CONNACK (MQTT 5.0 section 3.2), with the spec's defaults for absent properties.</summary>
public sealed class MqttClientConnectResult
{
    internal MqttClientConnectResult(ConnAckPacket connAck)
    {
        ReasonCode = connAck.ReasonCode;
        ReasonString = connAck.ReasonString;
        SessionPresent = connAck.SessionPresent;
        AssignedClientIdentifier = connAck.AssignedClientIdentifier;
        SessionExpiryInterval = connAck.SessionExpiryInterval is { } expiry ? TimeSpan.FromSeconds(expiry) : null;
        ServerKeepAlive = connAck.ServerKeepAlive is { } keepAlive ? TimeSpan.FromSeconds(keepAlive) : null;
        ReceiveMaximum = connAck.ReceiveMaximum ?? ushort.MaxValue;
        MaximumPacketSize = connAck.MaximumPacketSize;
        MaximumQualityOfService = connAck.MaximumQoS ?? MqttQualityOfService.ExactlyOnce;
        RetainAvailable = connAck.RetainAvailable ?? true;
        WildcardSubscriptionAvailable = connAck.WildcardSubscriptionAvailable ?? true;
        SubscriptionIdentifiersAvailable = connAck.SubscriptionIdentifiersAvailable ?? true;
        SharedSubscriptionAvailable = connAck.SharedSubscriptionAvailable ?? true;
        TopicAliasMaximum = connAck.TopicAliasMaximum ?? 0;
        ResponseInformation = connAck.ResponseInformation;
        ServerReference = connAck.ServerReference;
        UserProperties = connAck.UserProperties ?? [];
    }

    public MqttReasonCode ReasonCode { get; }

    public string? ReasonString { get; }

    /// <summary>True when the broker resumed a session for this client id (section 3.2.2.1.1).</summary>
    public bool SessionPresent { get; }

    /// <summary>The client id the broker chose when none was given.</summary>
    public string? AssignedClientIdentifier { get; }

    /// <summary>The session expiry the broker imposed instead of the requested one, when it did.</summary>
    public TimeSpan? SessionExpiryInterval { get; }

    /// <summary>The keep-alive the broker imposed instead of the requested one, when it did; the client uses it.</summary>
    public TimeSpan? ServerKeepAlive { get; }

    /// <summary>How many QoS 1/2 publishes this client may have unacknowledged (its in-flight window).</summary>
    public ushort ReceiveMaximum { get; }

    public uint? MaximumPacketSize { get; }

    public MqttQualityOfService MaximumQualityOfService { get; }

    public bool RetainAvailable { get; }

    public bool WildcardSubscriptionAvailable { get; }

    public bool SubscriptionIdentifiersAvailable { get; }

    public bool SharedSubscriptionAvailable { get; }

    public ushort TopicAliasMaximum { get; }

    public string? ResponseInformation { get; }

    public string? ServerReference { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }
}
