namespace CommuneRadio.StationSimulator.Province;

/// <summary>Counters shared by many devices (a province). Thread-safe, lock-free.</summary>
public sealed class SimulatorCounters
{
    private long _online;
    private long _connects;
    private long _connectFailures;
    private long _linkCuts;
    private long _linksLost;
    private long _heartbeatsSent;
    private long _heartbeatsSkipped;
    private long _commandsReceived;
    private long _unreadableCommands;
    private long _acksSent;
    private long _acksLost;
    private long _playsStarted;
    private long _playsFinished;
    private long _malformedSent;
    private long _publishFailures;

    public long Online => Interlocked.Read(ref _online);

    public SimulatorCountersSnapshot Snapshot() => new(
        Interlocked.Read(ref _online),
        Interlocked.Read(ref _connects),
        Interlocked.Read(ref _connectFailures),
        Interlocked.Read(ref _linkCuts),
        Interlocked.Read(ref _linksLost),
        Interlocked.Read(ref _heartbeatsSent),
        Interlocked.Read(ref _heartbeatsSkipped),
        Interlocked.Read(ref _commandsReceived),
        Interlocked.Read(ref _unreadableCommands),
        Interlocked.Read(ref _acksSent),
        Interlocked.Read(ref _acksLost),
        Interlocked.Read(ref _playsStarted),
        Interlocked.Read(ref _playsFinished),
        Interlocked.Read(ref _malformedSent),
        Interlocked.Read(ref _publishFailures));

    internal void WentOnline() { Interlocked.Increment(ref _online); Interlocked.Increment(ref _connects); }

    internal void WentOffline() => Interlocked.Decrement(ref _online);

    internal void ConnectFailed() => Interlocked.Increment(ref _connectFailures);

    internal void LinkCut() => Interlocked.Increment(ref _linkCuts);

    internal void LinkLost() => Interlocked.Increment(ref _linksLost);

    internal void HeartbeatSent() => Interlocked.Increment(ref _heartbeatsSent);

    internal void HeartbeatSkipped() => Interlocked.Increment(ref _heartbeatsSkipped);

    internal void CommandReceived() => Interlocked.Increment(ref _commandsReceived);

    internal void UnreadableCommand() => Interlocked.Increment(ref _unreadableCommands);

    internal void AckSent() => Interlocked.Increment(ref _acksSent);

    internal void AckLost() => Interlocked.Increment(ref _acksLost);

    internal void PlayStarted() => Interlocked.Increment(ref _playsStarted);

    internal void PlayFinished() => Interlocked.Increment(ref _playsFinished);

    internal void MalformedSent() => Interlocked.Increment(ref _malformedSent);

    internal void PublishFailed() => Interlocked.Increment(ref _publishFailures);
}
