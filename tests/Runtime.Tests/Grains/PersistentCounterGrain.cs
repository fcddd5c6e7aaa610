namespace CommuneRadio.Runtime.Tests.Grains;

public sealed class PersistentCounterGrain([PersistentState("counter")] IPersistentState<CounterState> state, GrainProbe probe)
    : Grain, IPersistentCounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record($"activated {GetPrimaryKeyString()} with {state.State.Value}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await state.WriteStateAsync(cancellationToken);
        probe.Record($"deactivated {GetPrimaryKeyString()} {reason}");
    }

    public Task AddInMemoryAsync(int amount)
    {
        state.State.Value += amount;
        return Task.CompletedTask;
    }

    public async Task AddAndWriteAsync(int amount)
    {
        state.State.Value += amount;
        state.State.Note = $"Đã cộng {amount}";
        await state.WriteStateAsync();
    }

    public async Task AddAfterAsync(int amount, Task release)
    {
        await release;
        state.State.Value += amount;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public Task<string?> GetEtagAsync() => Task.FromResult(state.Etag);
}
