using CommuneRadio.Runtime.Tests.Grains;

namespace CommuneRadio.Runtime.Tests.Calls;

public sealed class TurnTests
{
    [Fact]
    public async Task Concurrent_callers_never_interleave_turns_of_one_grain()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        var counter = runtime.Grains.GetGrain<ICounterGrain>("xã-tân-hòa");

        var callers = Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                await counter.IncrementAcrossAwaitsAsync();
            }
        }));
        await Task.WhenAll(callers);

        Assert.Equal(64 * 20, await counter.GetAsync());
        Assert.DoesNotContain("overlap", probe.Events);
        runtime.Logs.ThrowIfErrors();
    }

    [Fact]
    public async Task Each_reference_to_a_key_reaches_the_same_activation()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            Task.Run(() => runtime.Grains.GetGrain<ICounterGrain>("s-1").IncrementAsync())));

        Assert.Equal(50, await runtime.Grains.GetGrain<ICounterGrain>("s-1").GetAsync());
        Assert.Equal(1, probe.Count("activated s-1"));
        Assert.Equal(1, runtime.Catalog.ActivationCount);
    }

    [Fact]
    public async Task Arguments_of_a_multi_parameter_method_arrive_in_order()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        var counter = runtime.Grains.GetGrain<ICounterGrain>("s-2");

        await counter.AddAsync(7, "bản tin thời tiết");

        Assert.Equal(7, await counter.GetAsync());
        Assert.Contains("added 7 for bản tin thời tiết", probe.Events);
    }

    [Fact]
    public async Task An_exception_thrown_before_the_first_await_reaches_the_caller_with_its_type_and_message()
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe());
        var counter = runtime.Grains.GetGrain<ICounterGrain>("s-3");
        await counter.IncrementAsync(); // activated: this call takes the direct path

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.ThrowNowAsync("mất kết nối trạm"));

        Assert.Equal("mất kết nối trạm", error.Message);
    }

    [Fact]
    public async Task An_exception_thrown_after_an_await_reaches_the_caller_with_its_type_and_message()
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe());
        var counter = runtime.Grains.GetGrain<ICounterGrain>("s-4");

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => counter.ThrowLaterAsync("âm lượng 140"));

        Assert.StartsWith("âm lượng 140", error.Message);
        Assert.Equal(1, await counter.IncrementAsync()); // the grain keeps working
    }
}
