using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Observation;

/// <summary>What the loudspeakers did: repetition <see cref="Repetition"/> (1-based) of <see cref="CmdId"/>, at <see cref="Volume"/>.</summary>
public sealed record PlaybackEvent(string CmdId, PlaybackEventKind Kind, int Repetition, int Volume, BroadcastPriority Priority, DateTimeOffset At);
