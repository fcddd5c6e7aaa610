namespace CommuneRadio.Bench.GrainCalls;

/// <summary>The smallest useful grain: one counter, one call.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();
}
