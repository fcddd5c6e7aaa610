using CommuneRadio.Runtime.Tests.Grains;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Runtime;

namespace CommuneRadio.Runtime.Tests.Timers;

public sealed class GrainTimerTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_timer_ticks_once_per_period_as_the_clock_moves()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        var grain = runtime.Grains.GetGrain<ITickingGrain>("s-1");
        await grain.StartAsync(Period);

        for (var tick = 1; tick <= 3; tick++)
        {
            await AdvanceToTick(runtime, probe, tick);
        }

        Assert.Equal(3, await grain.GetTicksAsync());
    }

    [Fact]
    public async Task A_tick_waits_for_the_call_in_progress()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        var grain = runtime.Grains.GetGrain<ITickingGrain>("s-2");
        await grain.StartAsync(Period);
        var release = new TaskCompletionSource();

        var longCall = grain.LongCallAsync(release.Task);
        runtime.Clock.Advance(Period);
        release.SetResult();

        Assert.Equal(0, await longCall);
        await probe.WaitFor("tick 1").WithTimeout("the tick queued behind the call");
        Assert.DoesNotContain("tick during a call", probe.Events);
    }

    [Fact]
    public async Task A_disposed_timer_stops_ticking()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        var grain = runtime.Grains.GetGrain<ITickingGrain>("s-3");
        await grain.StartAsync(Period);
        await AdvanceToTick(runtime, probe, 1);

        await grain.StopAsync();
        runtime.Clock.Advance(Period * 5);

        Assert.Equal(1, await grain.GetTicksAsync());
    }

    private static async Task AdvanceToTick(TestRuntime runtime, GrainProbe probe, int tick)
    {
        var armed = runtime.Clock.ArmedTimerCount;
        runtime.Clock.Advance(Period);
        await probe.WaitFor($"tick {tick}").WithTimeout($"timer tick {tick}");
        // The next tick is armed only once the callback completed.
        await TaskTimeouts.Eventually(() => runtime.Clock.ArmedTimerCount == armed, $"the timer re-armed after tick {tick}");
    }
}
