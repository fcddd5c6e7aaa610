namespace CommuneRadio.Runtime;

/// <summary>
/// Hands out references to grains. A reference is cheap, may be kept and shared between threads,
/// and stays valid across activations: the grain is activated by the first call that needs it.
/// </summary>
public interface IGrainFactory
{
    /// <summary>
    /// A reference to the grain implementing <typeparamref name="TGrainInterface"/> with key
    /// <paramref name="key"/>. Throws <see cref="ArgumentException"/> for an empty or over-long key,
    /// or an interface no registered grain class implements.
    /// </summary>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
