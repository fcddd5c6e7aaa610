using CommuneRadio.Runtime.Tests.Grains;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Runtime.Tests.Reminders;

public sealed class ReminderTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_reminder_activates_its_grain_when_it_falls_due()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe, o =>
        {
            o.IdleDeactivationAge = TimeSpan.FromMinutes(2);
            o.CollectionQuantum = Minute;
        });
        await runtime.Grains.GetGrain<IReminderGrain>("alert-1").RegisterAsync("repeat", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(60));
        for (var i = 0; i < 4; i++)
        {
            runtime.Clock.Advance(Minute);
        }

        await TaskTimeouts.Eventually(() => runtime.Catalog.ActivationCount == 0, "the grain deactivating while idle");
        runtime.Clock.Advance(Minute);

        await probe.WaitFor("alert-1 repeat 01:05").WithTimeout("the reminder tick at 01:05");
        runtime.Logs.ThrowIfErrors();
    }

    [Fact]
    public async Task A_reminder_ticks_every_period_until_unregistered()
    {
        var probe = new GrainProbe();
        await using var runtime = await TestGrains.StartAsync(probe);
        var grain = runtime.Grains.GetGrain<IReminderGrain>("alert-2");
        await grain.RegisterAsync("repeat", TimeSpan.Zero + Minute, TimeSpan.FromMinutes(10));

        runtime.Clock.Advance(Minute);
        await probe.WaitFor("alert-2 repeat 01:01").WithTimeout("first tick");
        await TaskTimeouts.Eventually(() => runtime.Clock.ArmedTimerCount == 2, "the next tick armed");
        runtime.Clock.Advance(TimeSpan.FromMinutes(10));
        await probe.WaitFor("alert-2 repeat 01:11").WithTimeout("second tick");

        await grain.UnregisterAsync("repeat");
        runtime.Clock.Advance(TimeSpan.FromMinutes(30));

        Assert.False(await grain.HasReminderAsync("repeat"));
        Assert.Equal(2, probe.Count("alert-2 repeat"));
    }

    [Fact]
    public async Task A_reminder_registered_before_a_restart_fires_in_the_next_process()
    {
        var table = new InMemoryReminderTable();
        var clock = new ManualTimeProvider();
        var first = await TestRuntime.StartAsync(typeof(ReminderGrain).Assembly, s => Use(s, new GrainProbe(), table), clock);
        await first.Grains.GetGrain<IReminderGrain>("alert-3").RegisterAsync("repeat", TimeSpan.FromMinutes(10), TimeSpan.FromHours(1));
        await first.DisposeAsync();

        var probe = new GrainProbe();
        await using var second = await TestRuntime.StartAsync(typeof(ReminderGrain).Assembly, s => Use(s, probe, table), clock);
        clock.Advance(TimeSpan.FromMinutes(10));

        await probe.WaitFor("alert-3 repeat 01:10").WithTimeout("the reminder firing after the restart");
    }

    [Fact]
    public async Task A_tick_that_fell_due_while_the_process_was_down_fires_at_start()
    {
        var table = new InMemoryReminderTable();
        var clock = new ManualTimeProvider();
        var first = await TestRuntime.StartAsync(typeof(ReminderGrain).Assembly, s => Use(s, new GrainProbe(), table), clock);
        await first.Grains.GetGrain<IReminderGrain>("alert-4").RegisterAsync("repeat", TimeSpan.FromMinutes(10), TimeSpan.FromHours(1));
        await first.DisposeAsync();
        clock.Advance(TimeSpan.FromMinutes(25));

        var probe = new GrainProbe();
        await using var second = await TestRuntime.StartAsync(typeof(ReminderGrain).Assembly, s => Use(s, probe, table), clock);

        await probe.WaitFor("alert-4 repeat 01:10").WithTimeout("the missed tick delivered at start");
    }

    [Fact]
    public async Task A_period_below_the_minimum_is_refused()
    {
        await using var runtime = await TestGrains.StartAsync(new GrainProbe(), o => o.MinimumReminderPeriod = Minute);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            runtime.Grains.GetGrain<IReminderGrain>("alert-5").RegisterAsync("too-fast", Minute, TimeSpan.FromSeconds(5)));

        Assert.Equal("period", error.ParamName);
    }

    private static void Use(IServiceCollection services, GrainProbe probe, InMemoryReminderTable table)
    {
        services.AddSingleton(probe);
        services.AddSingleton<IReminderTable>(table);
        services.Configure<GrainRuntimeOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
    }
}
