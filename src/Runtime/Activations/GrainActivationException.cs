namespace CommuneRadio.Runtime;

/// <summary>
/// A grain could not be activated: its constructor, state read or OnActivateAsync failed.
/// The calls that waited for the activation fail with this; the next call tries again.
/// </summary>
public sealed class GrainActivationException : Exception
{
    public GrainActivationException(GrainId grainId, Exception innerException)
        : base($"Activation of grain {grainId} failed: {innerException.Message}", innerException) =>
        GrainId = grainId;

    public GrainId GrainId { get; }
}
