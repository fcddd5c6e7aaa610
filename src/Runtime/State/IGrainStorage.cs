namespace CommuneRadio.Runtime;

/// <summary>
/// A grain storage provider. Implementations are singletons and thread-safe.
/// Reading a record that does not exist leaves the state as it is, with
/// <see cref="IGrainState{TState}.RecordExists"/> false and a null ETag. Writing or clearing
/// with an ETag that does not match the stored one throws <see cref="InconsistentStateException"/>;
/// a record that can no longer be read (its JSON does not fit the type) throws
/// <see cref="GrainStorageException"/>.
/// </summary>
public interface IGrainStorage
{
    Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default);

    Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default);

    Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default);
}
