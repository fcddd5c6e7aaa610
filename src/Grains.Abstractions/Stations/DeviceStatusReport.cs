using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Stations;

/// <summary>A device's status message; <see cref="Retained"/> when the broker replayed a stored one.</summary>
public sealed record DeviceStatusReport(string DeviceId, DateTimeOffset ReceivedAt, DeviceConnectionStatus Status, bool Retained);
