using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Stations;

/// <summary>A device's acknowledgement of a command and when the gateway received it.</summary>
public sealed record DeviceAckReport(string DeviceId, DateTimeOffset ReceivedAt, CommandAck Ack);
