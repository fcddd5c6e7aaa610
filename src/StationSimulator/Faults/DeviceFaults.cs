using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Faults;

/// <summary>
/// The standing faults of one simulated device; <see cref="None"/> behaves like healthy hardware.
/// Immutable: change a device's faults with <c>device.Faults = device.Faults with { ... }</c>, which
/// takes effect for the next message it handles or sends.
/// </summary>
public sealed record DeviceFaults
{
    public static DeviceFaults None { get; } = new();

    /// <summary>Connected but sends no heartbeats (a hung controller whose modem stays up).</summary>
    public bool Silent { get; init; }

    /// <summary>Every ack goes out this much later than the state it reports (a slow controller).</summary>
    public TimeSpan AckDelay { get; init; }

    /// <summary>Share (0 to 1) of acks that are never sent; the device still does the work.</summary>
    public double AckLoss { get; init; }

    /// <summary>Only acks of these states are lost; null means every state.</summary>
    public IReadOnlySet<AckState>? AckLossStates { get; init; }

    /// <summary>When set, every new <c>play</c> is acked <c>rejected</c> with this reason.</summary>
    public string? RefusePlaysWithReason { get; init; }

    /// <summary>How far the device's own clock is off: it shows in <c>sentAt</c> and in how it judges <c>notBefore</c> and <c>expiresAt</c>.</summary>
    public TimeSpan ClockSkew { get; init; }

    internal bool LosesAck(AckState state, Random random) =>
        AckLoss > 0 && (AckLossStates is null || AckLossStates.Contains(state)) && (AckLoss >= 1 || random.NextDouble() < AckLoss);
}
