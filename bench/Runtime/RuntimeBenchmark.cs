using System.Collections.Concurrent;
using System.Diagnostics;
using CommuneRadio.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Bench.Runtime;

/// <summary>
/// bench/run runtime: the grain runtime against direct calls under a per-object SemaphoreSlim
/// (the least a correct non-reentrant actor must do), measured in the same process.
/// </summary>
public sealed class RuntimeBenchmark : IBenchmark
{
    private const int ActiveGrains = 10_000;
    private const int Callers = 64;
    private const int Activations = 100_000;
    private const int LatencyCalls = 1_000_000;
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(3);

    public string Name => "runtime";

    public string Description => "grain calls/s, single-call latency and activation cost vs direct calls under SemaphoreSlim";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        await using (var runtime = await StartRuntimeAsync())
        {
            var grains = Enumerable.Range(0, ActiveGrains).Select(i => runtime.Factory.GetGrain<IBenchGrain>($"g-{i}")).ToArray();
            var counters = Enumerable.Range(0, ActiveGrains).Select(_ => new LockedCounter()).ToArray();
            foreach (var grain in grains)
            {
                await grain.IncrementAsync();
            }

            report.Section($"Throughput: {ActiveGrains:N0} active grains, {Callers} concurrent callers, best of 3 rounds of {Round.TotalSeconds:0} s");
            double ours = 0, baseline = 0;
            for (var round = 0; round < 3 && !cancellationToken.IsCancellationRequested; round++)
            {
                Progress($"throughput round {round + 1}/3");
                baseline = Math.Max(baseline, await CallLoad.ThroughputAsync(ActiveGrains, i => counters[i].IncrementAsync(), Callers, Round));
                ours = Math.Max(ours, await CallLoad.ThroughputAsync(ActiveGrains, i => grains[i].IncrementAsync(), Callers, Round));
            }

            report.Add("calls_per_s", ours, "grain calls/s", "≥ 5,000,000");
            report.Add("baseline_calls_per_s", baseline, "baseline calls/s (SemaphoreSlim per object)");
            report.AddRatio("ratio_vs_baseline", ours, baseline, "ratio grain / baseline", "≥ 0.5");

            report.Section($"Latency of one call at concurrency 1 ({LatencyCalls:N0} calls)");
            Progress("latency");
            var grainOne = grains[0];
            var counterOne = counters[0];
            await CallLoad.LatencyAsync(() => counterOne.IncrementAsync(), LatencyCalls / 5);
            await CallLoad.LatencyAsync(() => grainOne.IncrementAsync(), LatencyCalls / 5);
            var baseLatency = await CallLoad.LatencyAsync(() => counterOne.IncrementAsync(), LatencyCalls);
            var latency = await CallLoad.LatencyAsync(() => grainOne.IncrementAsync(), LatencyCalls);
            report.Add("p50_us", latency.P50, "grain call p50 (µs)", "≤ 0.5");
            report.Add("p99_us", latency.P99, "grain call p99 (µs)");
            report.Add("baseline_p50_us", baseLatency.P50, "baseline call p50 (µs)");
            report.Add("baseline_p99_us", baseLatency.P99, "baseline call p99 (µs)");
        }

        report.Section($"Activation of {Activations:N0} grains (one first call each, sequential)");
        Progress("activation");
        var keys = Enumerable.Range(0, Activations).Select(i => $"a-{i}").ToArray();
        await using (var runtime = await StartRuntimeAsync())
        {
            var before = SettledMemory();
            var started = Stopwatch.GetTimestamp();
            foreach (var key in keys)
            {
                await runtime.Factory.GetGrain<IBenchGrain>(key).IncrementAsync();
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            var perActivation = (SettledMemory() - before) / (double)Activations;
            report.Add("activation_100k_s", elapsed.TotalSeconds, "time to activate 100,000 grains (s)", "≤ 0.5");
            report.Add("activations_per_s", Activations / elapsed.TotalSeconds, "activations/s");
            report.Add("bytes_per_activation", perActivation, "bytes per idle activation", "≤ 512");
            GC.KeepAlive(runtime);
        }

        var beforeBaseline = SettledMemory();
        var objects = new ConcurrentDictionary<string, LockedCounter>();
        foreach (var key in keys)
        {
            await objects.GetOrAdd(key, _ => new LockedCounter()).IncrementAsync();
        }

        report.Add("baseline_bytes_per_object", (SettledMemory() - beforeBaseline) / (double)Activations, "baseline bytes per object (dictionary + SemaphoreSlim)");
        GC.KeepAlive(objects);
    }

    private static async Task<BenchRuntime> StartRuntimeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGrainRuntime(typeof(BenchGrain).Assembly);
        services.Configure<GrainRuntimeOptions>(o => o.IdleDeactivationAge = TimeSpan.FromHours(1));
        var provider = services.BuildServiceProvider();
        var runtime = provider.GetRequiredService<GrainRuntime>();
        await runtime.StartAsync(CancellationToken.None);
        return new BenchRuntime(provider, runtime);
    }

    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static void Progress(string what) => Console.Error.WriteLine($"  … {what}");

    private sealed record BenchRuntime(ServiceProvider Provider, GrainRuntime Runtime) : IAsyncDisposable
    {
        public IGrainFactory Factory => Provider.GetRequiredService<IGrainFactory>();

        public async ValueTask DisposeAsync()
        {
            await Runtime.StopAsync(CancellationToken.None);
            await Provider.DisposeAsync();
        }
    }
}
