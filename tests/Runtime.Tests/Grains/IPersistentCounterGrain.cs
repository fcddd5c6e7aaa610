namespace CommuneRadio.Runtime.Tests.Grains;

public interface IPersistentCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds in memory only; the grain writes its state when it deactivates.</summary>
    Task AddInMemoryAsync(int amount);

    Task AddAndWriteAsync(int amount);

    /// <summary>Holds the grain's turn until <paramref name="release"/> completes, then adds in memory.</summary>
    Task AddAfterAsync(int amount, Task release);

    Task<int> GetAsync();

    Task<string?> GetEtagAsync();
}
