using CommuneRadio.TestSupport.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Runtime.Tests.Grains;

/// <summary>Starts a test runtime holding this project's test grains and a fresh probe.</summary>
public static class TestGrains
{
    public static Task<TestRuntime> StartAsync(GrainProbe probe, Action<GrainRuntimeOptions>? options = null, Action<IServiceCollection>? services = null) =>
        TestRuntime.StartAsync(typeof(CounterGrain).Assembly, s =>
        {
            s.AddSingleton(probe);
            s.Configure<GrainRuntimeOptions>(o =>
            {
                o.MinimumReminderPeriod = TimeSpan.FromSeconds(1);
                options?.Invoke(o);
            });
            services?.Invoke(s);
        });
}
