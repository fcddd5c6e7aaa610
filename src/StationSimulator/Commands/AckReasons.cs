namespace CommuneRadio.StationSimulator.Commands;

/// <summary>The <c>reason</c> values a simulated device puts in <c>failed</c> and <c>rejected</c> acks.</summary>
public static class AckReasons
{
    /// <summary>Rejected: <c>expiresAt</c> had passed on arrival or before the item could start.</summary>
    public const string Expired = "expired";

    /// <summary>Rejected: something of the same or a higher level plays.</summary>
    public const string Busy = "busy";

    /// <summary>Failed: a higher level interrupted it.</summary>
    public const string Preempted = "preempted";

    /// <summary>Failed: a newer emergency replaced this emergency.</summary>
    public const string Replaced = "replaced";

    /// <summary>Failed: a <c>stop</c> ended it.</summary>
    public const string Stopped = "stopped";

    /// <summary>Failed: the device restarted while it played or waited.</summary>
    public const string Restarted = "restarted";

    /// <summary>Rejected: the command could not be read or lacks what its type needs (followed by what).</summary>
    public const string Invalid = "invalid";
}
