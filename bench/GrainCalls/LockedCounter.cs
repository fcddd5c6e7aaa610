namespace CommuneRadio.Bench.GrainCalls;

/// <summary>The baseline: the same work as <see cref="CounterGrain"/>, called directly under a per-object async lock.</summary>
public sealed class LockedCounter
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private int _count;

    public async Task<int> IncrementAsync()
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        try
        {
            return ++_count;
        }
        finally
        {
            _lock.Release();
        }
    }
}
