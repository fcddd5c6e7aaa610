using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Devices;

/// <summary>What a simulated speaker cluster reports about itself besides its live state. Immutable.</summary>
public sealed record DeviceProfile
{
    public required string StationId { get; init; }

    public required string DeviceId { get; init; }

    public GpsPosition? Gps { get; init; }

    public string Firmware { get; init; } = "sim-1.0.0";

    /// <summary>Volume the device has when it first boots (0–100).</summary>
    public int InitialVolume { get; init; } = 70;

    /// <summary>Centre of the simulated signal strength, in dBm; heartbeats wander a few dB around it.</summary>
    public int BaseRssi { get; init; } = -75;

    /// <summary>How long the device had been up before the simulation started (heartbeats report it in <c>uptimeS</c>).</summary>
    public TimeSpan UptimeAtStart { get; init; }
}
