namespace CommuneRadio.DeviceProtocol;

/// <summary>
/// <c>stations/{s}/devices/{d}/heartbeat</c>, about every 30 s. <see cref="Seq"/> increases by one
/// per heartbeat within a boot; <see cref="UptimeS"/> counts seconds since the device booted (the
/// system tells a restart from a stale message by it, never by the device's wall clock).
/// </summary>
public sealed record Heartbeat
{
    public required long Seq { get; init; }

    public required long UptimeS { get; init; }

    /// <summary>0–100.</summary>
    public required int Volume { get; init; }

    public required PlaybackState State { get; init; }

    /// <summary>The command or schedule item playing, when <see cref="State"/> is playing.</summary>
    public string? ItemId { get; init; }

    /// <summary>Signal strength of the 4G/IP link in dBm (−150…0).</summary>
    public int? Rssi { get; init; }

    public string? Firmware { get; init; }

    public GpsPosition? Gps { get; init; }

    public AmpState? Amp { get; init; }

    /// <summary>Version of the schedule the device holds.</summary>
    public long? ScheduleVersion { get; init; }

    /// <summary>The device's clock when it sent this; informative only (clocks drift).</summary>
    public DateTimeOffset? SentAt { get; init; }
}
