namespace CommuneRadio.StationSimulator.Province;

/// <summary>The counters of a <see cref="SimulatorCounters"/> at one moment.</summary>
public sealed record SimulatorCountersSnapshot(
    long Online,
    long Connects,
    long ConnectFailures,
    long LinkCuts,
    long LinksLost,
    long HeartbeatsSent,
    long HeartbeatsSkipped,
    long CommandsReceived,
    long UnreadableCommands,
    long AcksSent,
    long AcksLost,
    long PlaysStarted,
    long PlaysFinished,
    long MalformedSent,
    long PublishFailures);
