using CommuneRadio.Runtime.Tests.Grains;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Runtime.Tests.Activations;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Shutdown_runs_the_calls_in_flight_and_queued_then_deactivates_every_grain_saving_its_state()
    {
        var probe = new GrainProbe();
        var storage = new InMemoryGrainStorage();
        var runtime = await TestGrains.StartAsync(probe, services: s => UseStorage(s, storage));
        var grains = Enumerable.Range(0, 20).Select(i => runtime.Grains.GetGrain<IPersistentCounterGrain>($"s-{i}")).ToList();
        var release = new TaskCompletionSource();
        var inFlight = grains.Select(g => g.AddAfterAsync(1, release.Task)).ToList();
        var queued = grains.Select(g => g.AddInMemoryAsync(2)).ToList();

        var stopping = runtime.StopAsync();
        Assert.False(stopping.IsCompleted);
        release.SetResult();
        await stopping.WithTimeout("graceful shutdown");

        await Task.WhenAll(inFlight.Concat(queued)).WithTimeout("calls in flight and queued before shutdown completing");
        Assert.Equal(20, probe.Count("deactivated s-"));
        Assert.Equal(0, runtime.Catalog.ActivationCount);
        runtime.Logs.ThrowIfErrors();

        await using var restarted = await TestGrains.StartAsync(new GrainProbe(), services: s => UseStorage(s, storage));
        foreach (var i in Enumerable.Range(0, 20))
        {
            Assert.Equal(3, await restarted.Grains.GetGrain<IPersistentCounterGrain>($"s-{i}").GetAsync());
        }
    }

    [Fact]
    public async Task After_shutdown_a_call_fails_instead_of_activating_the_grain()
    {
        var runtime = await TestGrains.StartAsync(new GrainProbe());
        var counter = runtime.Grains.GetGrain<ICounterGrain>("s-1");
        await counter.IncrementAsync();

        await runtime.StopAsync();

        var error = await Assert.ThrowsAsync<GrainRuntimeStoppingException>(() => counter.IncrementAsync());
        Assert.Contains("counter/s-1", error.Message);
    }

    private static void UseStorage(IServiceCollection services, InMemoryGrainStorage storage) =>
        services.AddKeyedSingleton<IGrainStorage>(PersistentStateAttribute.DefaultStorage, storage);
}
