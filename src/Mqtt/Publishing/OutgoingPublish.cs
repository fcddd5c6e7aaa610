using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Publishing;

/// <summary>
/// A QoS 1/2 publish between send and final acknowledgement, kept for resending on session
/// resumption (section 4.4). Linked in send order, because resends keep the original order (4.6).
/// </summary>
internal sealed class OutgoingPublish(PublishPacket packet)
{
    public PublishPacket Packet { get; } = packet;

    public ushort PacketId => Packet.PacketId;

    /// <summary>QoS 2 after PUBREC: the message is the broker's; only PUBREL/PUBCOMP remain.</summary>
    public bool Released { get; set; }

    /// <summary>The PUBREC answer, reported when PUBCOMP completes the flow.</summary>
    public MqttClientPublishResult? PubRecResult { get; set; }

    /// <summary>The caller stopped waiting (the application disconnected); the message is only kept for a resumed session.</summary>
    public bool Abandoned { get; set; }

    public TaskCompletionSource<MqttClientPublishResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OutgoingPublish? Previous { get; set; }

    public OutgoingPublish? Next { get; set; }
}
