using CommuneRadio.Runtime.Tests.Grains;
using CommuneRadio.TestSupport.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Runtime.Tests.State;

public sealed class PersistentStateTests
{
    [Fact]
    public async Task State_is_read_before_activation_and_each_write_moves_the_etag()
    {
        var storage = new InMemoryGrainStorage();
        await using var runtime = await TestGrains.StartAsync(new GrainProbe(), services: s => Use(s, storage));
        var grain = runtime.Grains.GetGrain<IPersistentCounterGrain>("s-1");

        Assert.Null(await grain.GetEtagAsync());
        await grain.AddAndWriteAsync(2);
        var first = await grain.GetEtagAsync();
        await grain.AddAndWriteAsync(3);

        Assert.NotNull(first);
        Assert.NotEqual(first, await grain.GetEtagAsync());
        Assert.Equal(2, storage.WriteCount);
    }

    [Fact]
    public async Task A_stale_writer_gets_a_conflict_and_the_newer_state_survives()
    {
        var storage = new InMemoryGrainStorage();
        await using var one = await TestGrains.StartAsync(new GrainProbe(), services: s => Use(s, storage));
        await using var two = await TestGrains.StartAsync(new GrainProbe(), services: s => Use(s, storage));
        await one.Grains.GetGrain<IPersistentCounterGrain>("s-2").AddAndWriteAsync(1);
        await two.Grains.GetGrain<IPersistentCounterGrain>("s-2").AddAndWriteAsync(10);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() =>
            one.Grains.GetGrain<IPersistentCounterGrain>("s-2").AddAndWriteAsync(100));

        Assert.Contains("persistentcounter/s-2", conflict.Message);
        await using var reader = await TestGrains.StartAsync(new GrainProbe(), services: s => Use(s, storage));
        Assert.Equal(11, await reader.Grains.GetGrain<IPersistentCounterGrain>("s-2").GetAsync());
    }

    private static void Use(IServiceCollection services, InMemoryGrainStorage storage) =>
        services.AddKeyedSingleton<IGrainStorage>(PersistentStateAttribute.DefaultStorage, storage);
}
