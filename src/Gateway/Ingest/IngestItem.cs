using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Gateway.Ingest;

/// <summary>A validated device message on its way to its station grain; <see cref="ReadAt"/> is a timestamp for latency.</summary>
internal sealed record IngestItem(
    DeviceTopic Topic, DateTimeOffset ReceivedAt, long ReadAt, bool Retained,
    Heartbeat? Heartbeat = null, DeviceConnectionStatus? Status = null, CommandAck? Ack = null);
