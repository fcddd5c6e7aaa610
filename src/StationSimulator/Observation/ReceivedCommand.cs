using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Observation;

/// <summary>A command as the device read it; <see cref="Duplicate"/> when its cmdId was seen before (acked again, not replayed).</summary>
public sealed record ReceivedCommand(DeviceCommand Command, DateTimeOffset At, bool Duplicate);
