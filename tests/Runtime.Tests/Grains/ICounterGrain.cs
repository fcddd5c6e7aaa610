namespace CommuneRadio.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    /// <summary>Reads, awaits, writes: loses updates (and says so) if two turns ever interleave.</summary>
    Task<int> IncrementAcrossAwaitsAsync();

    Task AddAsync(int amount, string reason);

    Task ThrowNowAsync(string message);

    Task<int> ThrowLaterAsync(string message);
}
