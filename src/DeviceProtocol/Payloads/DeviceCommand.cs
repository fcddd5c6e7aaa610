namespace CommuneRadio.DeviceProtocol;

/// <summary>
/// <c>stations/{s}/cmd</c> (every device of the station) or <c>stations/{s}/devices/{d}/cmd</c>.
/// Idempotent by <see cref="CmdId"/>: a device that sees a cmdId again acknowledges it again and
/// does not play it twice. Fields a type does not use are absent; unknown fields are ignored.
/// </summary>
public sealed record DeviceCommand
{
    public required string CmdId { get; init; }

    public required CommandType Type { get; init; }

    public BroadcastPriority Priority { get; init; } = BroadcastPriority.Normal;

    /// <summary><c>play</c>: audio to fetch and play.</summary>
    public MediaRef? Media { get; init; }

    /// <summary><c>play</c>: text for the device to speak when it carries no media.</summary>
    public string? Text { get; init; }

    /// <summary><c>play</c>: how many times to play (default 1).</summary>
    public int? Repeat { get; init; }

    /// <summary><c>play</c>: pause between repeats, in seconds.</summary>
    public int? RepeatIntervalS { get; init; }

    /// <summary><c>play</c>: not before this time.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>After this time the command must not start; a device answers <c>rejected</c> with reason <c>expired</c>.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary><c>volume</c>: the new volume; <c>play</c>: volume for this item only. 0–100.</summary>
    public int? Volume { get; init; }

    /// <summary><c>amp</c>: switch the amplifier.</summary>
    public AmpState? Amp { get; init; }

    /// <summary><c>fm</c>: frequency in MHz to relay; absent stops the relay.</summary>
    public double? Frequency { get; init; }

    /// <summary><c>schedule</c>: the next 24 h of programme.</summary>
    public IReadOnlyList<ScheduleItem>? Schedule { get; init; }

    /// <summary><c>schedule</c>: version of <see cref="Schedule"/>, reported back in heartbeats.</summary>
    public long? ScheduleVersion { get; init; }

    /// <summary><c>stop</c>: the command whose playback to stop (its repeats included); absent stops whatever plays.</summary>
    public string? TargetCmdId { get; init; }

    /// <summary>When the system issued the command (system clock).</summary>
    public DateTimeOffset? IssuedAt { get; init; }
}
