using CommuneRadio.Runtime.Tests.Grains;

namespace CommuneRadio.Runtime.Tests.Activations;

public sealed class GrainKeyTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("s-1\0")]
    [InlineData("s-1\n")]
    public async Task An_empty_blank_or_control_character_key_is_refused(string key)
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe());

        var error = Assert.Throws<ArgumentException>(() => runtime.Grains.GetGrain<ICounterGrain>(key));

        Assert.Equal("key", error.ParamName);
    }

    [Fact]
    public async Task An_over_long_key_is_refused_saying_the_limit()
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe());

        var error = Assert.Throws<ArgumentException>(() => runtime.Grains.GetGrain<ICounterGrain>(new string('x', 257)));

        Assert.Contains("at most 256", error.Message);
        Assert.NotNull(runtime.Grains.GetGrain<ICounterGrain>(new string('x', 256)));
    }

    [Fact]
    public async Task A_vietnamese_key_addresses_its_own_grain()
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe());

        await runtime.Grains.GetGrain<ICounterGrain>("xã-hòa-bình").IncrementAsync();
        await runtime.Grains.GetGrain<ICounterGrain>("xa-hoa-binh").IncrementAsync();

        Assert.Equal(2, runtime.Catalog.ActivationCount);
    }

    [Fact]
    public async Task An_interface_no_grain_class_implements_is_refused_by_name()
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe());

        var error = Assert.Throws<ArgumentException>(() => runtime.Grains.GetGrain<IUnimplementedGrain>("s-1"));

        Assert.Contains(nameof(IUnimplementedGrain), error.Message);
    }
}
