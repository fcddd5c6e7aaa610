namespace CommuneRadio.Runtime.Tests.Grains;

public sealed class CycleGrain(GrainProbe probe) : Grain, ICycleGrain
{
    public Task<string> CallThroughAsync(string otherKey) =>
        GrainFactory.GetGrain<ICycleGrain>(otherKey).CallBackAsync(GetPrimaryKeyString());

    public Task<string> CallBackAsync(string callerKey)
    {
        probe.Record($"{GetPrimaryKeyString()} calls back {callerKey}");
        return GrainFactory.GetGrain<ICycleGrain>(callerKey).PingAsync();
    }

    public Task<string> PingAsync() => Task.FromResult($"pong from {GetPrimaryKeyString()}");
}
