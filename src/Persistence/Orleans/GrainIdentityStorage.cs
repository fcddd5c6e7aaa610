using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace CommuneRadio.Persistence.OrleansAdoNet;

/// <summary>
/// Wraps Orleans' ADO.NET grain storage so a row is named by the whole grain id (type and key)
/// and the state name. Orleans passes the storage only the state name as "grain type" (usually
/// "state", dotnet/orleans#8746), and the ADO.NET storage keeps only the key's parts, parsing a
/// key that looks like a hexadecimal number or a GUID as one; so grains of two types with the
/// same key, or keys such as "01" and "001", would share a row. Here the type string becomes
/// <c>{state name}@{grain id}</c> (with <c>%</c>, <c>`</c> and, in the state name, <c>@</c>
/// percent-escaped, so the string is unique per grain and state and survives the provider's
/// generic-type parsing). A state that no longer deserializes fails with
/// <see cref="GrainStateUnreadableException"/> naming grain and state. Stateless and thread-safe.
/// </summary>
internal sealed class GrainIdentityStorage(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        try
        {
            await inner.ReadStateAsync(RowName(stateName, grainId), grainId, grainState).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new GrainStateUnreadableException(grainId.ToString(), stateName, typeof(T).Name, e);
        }
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.WriteStateAsync(RowName(stateName, grainId), grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(RowName(stateName, grainId), grainId, grainState);

    // The ADO.NET storage opens its connection and reads its queries in the silo lifecycle.
    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    /// <summary>The type string the ADO.NET storage stores for this grain and state.</summary>
    internal static string RowName(string stateName, GrainId grainId) =>
        $"{Escape(stateName).Replace("@", "%40", StringComparison.Ordinal)}@{Escape(grainId.ToString())}";

    private static string Escape(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("`", "%60", StringComparison.Ordinal);
}
