namespace CommuneRadio.Runtime;

/// <summary>A state write or clear was based on a stale ETag: someone else wrote the record since it was read.</summary>
public sealed class InconsistentStateException(string stateName, GrainId grainId, string? storedETag, string? currentETag)
    : Exception(
        $"State '{stateName}' of grain {grainId} was changed by another writer " +
        $"(stored version {storedETag ?? "none"}, this write expected {currentETag ?? "none"}); nothing was written.")
{
    public string StateName { get; } = stateName;

    public GrainId GrainId { get; } = grainId;

    public string? StoredETag { get; } = storedETag;

    public string? CurrentETag { get; } = currentETag;
}
