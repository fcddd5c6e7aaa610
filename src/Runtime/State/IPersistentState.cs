namespace CommuneRadio.Runtime;

/// <summary>
/// A grain's durable state. Mutate <see cref="State"/>, then <see cref="WriteStateAsync"/>. Writes
/// use optimistic concurrency: a write based on a stale <see cref="Etag"/> throws
/// <see cref="InconsistentStateException"/> and stores nothing. Used only from the grain's own turns.
/// </summary>
public interface IPersistentState<TState>
{
    TState State { get; set; }

    /// <summary>Version of the stored record this state was read from or last written as; null when none exists.</summary>
    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the stored record and resets <see cref="State"/> to a new instance.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
