using CommuneRadio.Runtime.Tests.Grains;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Runtime.Tests.Calls;

public sealed class CallTimeoutTests
{
    [Fact]
    public async Task A_call_cycle_fails_after_the_call_timeout_naming_grain_method_and_wait()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        var a = runtime.Grains.GetGrain<ICycleGrain>("a");
        var baselineTimers = runtime.Clock.ArmedTimerCount;

        var cycle = a.CallThroughAsync("b");
        await probe.WaitFor("b calls back a").WithTimeout("grain b calling back grain a");
        // Three calls wait: the test's call to a, a's call to b, and b's call back to a.
        await TaskTimeouts.Eventually(
            () => runtime.Clock.ArmedTimerCount >= baselineTimers + 3, "three waiting calls arming their timeouts");
        runtime.Clock.Advance(TimeSpan.FromSeconds(30));

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => cycle).WithTimeout("the cycle failing");
        Assert.Contains("ICycleGrain.CallThroughAsync", error.Message);
        Assert.Contains("cycle/a", error.Message);
        Assert.Contains("30 s", error.Message);
        Assert.Equal(new GrainId("cycle", "a"), error.GrainId);
    }

    [Fact]
    public async Task Grains_of_a_timed_out_cycle_take_calls_again()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe, o => o.CallTimeout = TimeSpan.FromSeconds(5));
        var a = runtime.Grains.GetGrain<ICycleGrain>("a");
        var baselineTimers = runtime.Clock.ArmedTimerCount;
        var cycle = a.CallThroughAsync("b");
        await probe.WaitFor("b calls back a").WithTimeout("grain b calling back grain a");
        await TaskTimeouts.Eventually(
            () => runtime.Clock.ArmedTimerCount >= baselineTimers + 3, "three waiting calls arming their timeouts");

        runtime.Clock.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => cycle).WithTimeout("the cycle failing");

        Assert.Equal("pong from a", await a.PingAsync().WithTimeout("a answering after the cycle"));
        Assert.Equal("pong from b", await runtime.Grains.GetGrain<ICycleGrain>("b").PingAsync().WithTimeout("b answering"));
    }
}
