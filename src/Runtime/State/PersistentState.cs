namespace CommuneRadio.Runtime.State;

/// <summary>The <see cref="IPersistentState{TState}"/> handed to a grain: one named state of one grain.</summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage)
    : IPersistentState<TState>, IGrainState<TState>, IStateLoader
{
    public TState State { get; set; } = Activator.CreateInstance<TState>();

    public string? Etag => ETag;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Task ReadStateAsync(CancellationToken cancellationToken = default) =>
        storage.ReadStateAsync(stateName, grainId, this, cancellationToken);

    public Task WriteStateAsync(CancellationToken cancellationToken = default) =>
        storage.WriteStateAsync(stateName, grainId, this, cancellationToken);

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        await storage.ClearStateAsync(stateName, grainId, this, cancellationToken).ConfigureAwait(false);
        State = Activator.CreateInstance<TState>();
    }
}
