using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Stations;

/// <summary>A validated heartbeat and when the gateway received it (system clock, not the device's).</summary>
public sealed record DeviceHeartbeat(string DeviceId, DateTimeOffset ReceivedAt, Heartbeat Payload);
