using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Observation;

/// <summary>
/// An ack the device published (the broker acknowledged it), or, with <see cref="Lost"/>, one a
/// fault swallowed. <see cref="At"/> is when it was published or lost.
/// </summary>
public sealed record AckEvent(string CmdId, AckState State, string? Reason, DateTimeOffset At, bool Lost = false);
