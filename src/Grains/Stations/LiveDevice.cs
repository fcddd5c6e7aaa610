using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Stations;

/// <summary>What a station grain knows of one device right now. Lives only in memory.</summary>
internal sealed class LiveDevice(DeviceRecord record)
{
    public DeviceRecord Record { get; set; } = record;

    public bool Online { get; set; }

    /// <summary>When <see cref="Online"/> last changed.</summary>
    public DateTimeOffset? Since { get; set; }

    public DateTimeOffset? LastSeen { get; set; }

    /// <summary>
    /// The broker reported the device's link down (its Last Will, or <c>offline</c> before a clean
    /// disconnect). Only its next <c>online</c> status brings it back: every connect publishes one
    /// before anything else, while a heartbeat may have been sent before the link died.
    /// </summary>
    public bool LinkDown { get; set; }

    public DeviceHeartbeat? Last { get; set; }

    public BootTracker Boot { get; } = new();

    public Correction? PendingVolume { get; set; }

    public Correction? PendingAmp { get; set; }

    /// <summary>Counts corrections sent, so each attempt gets its own command id.</summary>
    public int Corrections { get; set; }
}
