namespace CommuneRadio.Runtime.Tests.Grains;

public sealed class BrokenGrain : Grain, IBrokenGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        GetPrimaryKeyString().StartsWith("broken", StringComparison.Ordinal)
            ? throw new InvalidDataException($"cannot start {GetPrimaryKeyString()}")
            : Task.CompletedTask;

    public Task<string> HelloAsync() => Task.FromResult($"xin chào từ {GetPrimaryKeyString()}");
}
