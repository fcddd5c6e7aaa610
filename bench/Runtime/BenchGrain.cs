using CommuneRadio.Runtime;

namespace CommuneRadio.Bench.Runtime;

/// <summary>The smallest useful grain: one field, one method that completes synchronously.</summary>
public sealed class BenchGrain : Grain, IBenchGrain
{
    private int _count;

    public Task<int> IncrementAsync() => Task.FromResult(++_count);
}
