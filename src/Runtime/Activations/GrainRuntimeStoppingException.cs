namespace CommuneRadio.Runtime;

/// <summary>A call reached a grain that is not active while the runtime shuts down.</summary>
public sealed class GrainRuntimeStoppingException(GrainId grainId)
    : InvalidOperationException($"The grain runtime is stopping; grain {grainId} is not active and will not be activated.")
{
    public GrainId GrainId { get; } = grainId;
}
