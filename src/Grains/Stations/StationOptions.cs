namespace CommuneRadio.Grains.Stations;

/// <summary>How station grains judge liveness and correct drift; bound from the <c>Stations</c> section.</summary>
public sealed class StationOptions
{
    public const string SectionName = "Stations";

    /// <summary>How often devices send heartbeats (protocol v1: about 30 s).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A device is offline after this many intervals without a heartbeat. Default 3.</summary>
    public int MissedHeartbeats { get; set; } = 3;

    /// <summary>
    /// Allowance for network delay and uptime rounding when telling a restart (uptime shorter than
    /// the silence since the last heartbeat) or an earlier boot's message from the current boot.
    /// </summary>
    public TimeSpan RestartTolerance { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A volume or amplifier correction not yet confirmed is sent again after this long.</summary>
    public TimeSpan CorrectionRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>An alert a device has not acknowledged is sent to it again after this long (same cmdId), until the alert expires.</summary>
    public TimeSpan AlertResendAfter { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan OfflineAfter => HeartbeatInterval * MissedHeartbeats;
}
