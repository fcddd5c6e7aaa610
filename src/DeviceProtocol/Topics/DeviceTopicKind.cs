namespace CommuneRadio.DeviceProtocol;

/// <summary>What a device publishes.</summary>
public enum DeviceTopicKind
{
    Heartbeat,
    Status,
    Ack,
}
