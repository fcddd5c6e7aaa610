namespace CommuneRadio.Runtime.Tests.Grains;

public sealed class CounterGrain(GrainProbe probe) : Grain, ICounterGrain
{
    private int _value;
    private bool _inTurn;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record($"activated {GetPrimaryKeyString()}");
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivated {GetPrimaryKeyString()} {reason}");
        return Task.CompletedTask;
    }

    public Task<int> IncrementAsync() => Task.FromResult(++_value);

    public Task<int> GetAsync() => Task.FromResult(_value);

    public async Task<int> IncrementAcrossAwaitsAsync()
    {
        if (_inTurn)
        {
            probe.Record("overlap");
        }

        _inTurn = true;
        var read = _value;
        await Task.Yield();
        _value = read + 1;
        _inTurn = false;
        return _value;
    }

    public Task AddAsync(int amount, string reason)
    {
        _value += amount;
        probe.Record($"added {amount} for {reason}");
        return Task.CompletedTask;
    }

    public Task ThrowNowAsync(string message) => throw new InvalidOperationException(message);

    public async Task<int> ThrowLaterAsync(string message)
    {
        await Task.Yield();
        throw new ArgumentOutOfRangeException(nameof(message), message);
    }
}
