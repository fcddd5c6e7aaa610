using MQTTnet;

namespace CommuneRadio.StationSimulator.Publishing;

/// <summary>One entry of a device's outbox: what to publish, what it stands for, and who waits for it.</summary>
internal sealed class OutgoingMessage
{
    public required OutgoingKind Kind { get; init; }

    /// <summary>Null for <see cref="OutgoingKind.Flush"/>.</summary>
    public MqttApplicationMessage? Message { get; init; }

    /// <summary>The heartbeat or ack this message carries, for the journal.</summary>
    public object? Subject { get; init; }

    /// <summary>Heartbeats are dropped rather than sent late when the link is down; acks wait for it.</summary>
    public bool DropWhenOffline { get; init; }

    /// <summary>Not before this time of the device's TimeProvider (slow acks); null sends at once.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Set to true when published, false when dropped; null when nobody waits.</summary>
    public TaskCompletionSource<bool>? Completion { get; init; }
}
