using CommuneRadio.Runtime.Tests.Grains;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Runtime.Tests.Activations;

public sealed class ActivationTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_grain_is_activated_by_its_first_call_only()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        Assert.Equal(0, runtime.Catalog.ActivationCount);

        await runtime.Grains.GetGrain<ICounterGrain>("s-1").IncrementAsync();

        Assert.Equal(1, runtime.Catalog.ActivationCount);
        Assert.Equal(["activated s-1"], probe.Events);
    }

    [Fact]
    public async Task An_idle_grain_is_deactivated_with_its_state_written_and_reloaded_on_the_next_call()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe, o =>
        {
            o.IdleDeactivationAge = TimeSpan.FromMinutes(10);
            o.CollectionQuantum = Minute;
        });
        var counter = runtime.Grains.GetGrain<IPersistentCounterGrain>("s-7");
        await counter.AddInMemoryAsync(5);

        for (var minute = 0; minute < 12; minute++)
        {
            runtime.Clock.Advance(Minute);
        }

        await probe.WaitFor("deactivated s-7 Idle").WithTimeout("deactivation of the idle grain");
        await TaskTimeouts.Eventually(() => runtime.Catalog.ActivationCount == 0, "the idle activation leaving the catalog");

        Assert.Equal(5, await counter.GetAsync());
        Assert.Contains("activated s-7 with 5", probe.Events);
        runtime.Logs.ThrowIfErrors();
    }

    [Fact]
    public async Task A_grain_called_within_the_idle_age_stays_active()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe, o =>
        {
            o.IdleDeactivationAge = TimeSpan.FromMinutes(10);
            o.CollectionQuantum = Minute;
        });
        var counter = runtime.Grains.GetGrain<ICounterGrain>("s-8");

        for (var minute = 0; minute < 40; minute++)
        {
            await counter.IncrementAsync();
            runtime.Clock.Advance(Minute);
        }

        Assert.Equal(40, await counter.GetAsync());
        Assert.Equal(1, probe.Count("activated s-8"));
        Assert.Equal(0, probe.Count("deactivated s-8"));
    }

    [Fact]
    public async Task A_failed_activation_fails_the_call_naming_the_grain_and_the_next_call_tries_again()
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe());
        var broken = runtime.Grains.GetGrain<IBrokenGrain>("broken-1");

        var first = await Assert.ThrowsAsync<GrainActivationException>(() => broken.HelloAsync());
        var second = await Assert.ThrowsAsync<GrainActivationException>(() => broken.HelloAsync());

        Assert.Contains("broken/broken-1", first.Message);
        Assert.IsType<InvalidDataException>(first.InnerException);
        Assert.NotSame(first, second);
        Assert.Equal("xin chào từ ok-1", await runtime.Grains.GetGrain<IBrokenGrain>("ok-1").HelloAsync());
        Assert.Equal(1, runtime.Catalog.ActivationCount);
    }
}
