namespace CommuneRadio.Runtime;

/// <summary>Stored state could not be read or written, for a reason other than a concurrent writer.</summary>
public sealed class GrainStorageException(string stateName, GrainId grainId, string problem, Exception? innerException = null)
    : Exception($"State '{stateName}' of grain {grainId}: {problem}", innerException)
{
    public string StateName { get; } = stateName;

    public GrainId GrainId { get; } = grainId;
}
