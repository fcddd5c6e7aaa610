namespace CommuneRadio.Runtime;

/// <summary>
/// A grain call did not complete within the call timeout. Among the causes: the grain is stuck
/// in a long turn, or a call cycle (A calls B calls A) deadlocked non-reentrant grains.
/// </summary>
public sealed class GrainCallTimeoutException(GrainId grainId, string method, TimeSpan waited)
    : TimeoutException(
        $"Call {method} on grain {grainId} did not complete within {waited.TotalSeconds:0.###} s " +
        "(the grain is busy with a long turn, or a call cycle such as A→B→A deadlocked non-reentrant grains).")
{
    public GrainId GrainId { get; } = grainId;

    public string Method { get; } = method;

    public TimeSpan Waited { get; } = waited;
}
