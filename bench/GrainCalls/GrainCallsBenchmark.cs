using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Bench.GrainCalls;

/// <summary>
/// bench/run orleans: grain calls on an in-process Orleans silo (localhost clustering) against
/// direct calls under a per-object SemaphoreSlim (the least a correct non-reentrant actor must do),
/// measured in the same process. For the record, not a target the project sets for Orleans.
/// </summary>
public sealed class GrainCallsBenchmark : IBenchmark
{
    private const int ActiveGrains = 10_000;
    private const int Callers = 64;
    private const int LatencyCalls = 100_000;
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(3);

    public string Name => "orleans";

    public string Description => "Orleans grain calls/s and single-call latency vs direct calls under SemaphoreSlim";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        using var host = await StartSiloAsync(cancellationToken);
        var factory = host.Services.GetRequiredService<IGrainFactory>();
        var grains = Enumerable.Range(0, ActiveGrains).Select(i => factory.GetGrain<ICounterGrain>($"g-{i}")).ToArray();
        var counters = Enumerable.Range(0, ActiveGrains).Select(_ => new LockedCounter()).ToArray();
        foreach (var chunk in grains.Chunk(256))
        {
            await Task.WhenAll(chunk.Select(g => g.IncrementAsync()));
        }

        report.Section($"Throughput: {ActiveGrains:N0} active grains, {Callers} concurrent callers, best of 3 rounds of {Round.TotalSeconds:0} s");
        double grainRate = 0, baseline = 0;
        for (var round = 0; round < 3 && !cancellationToken.IsCancellationRequested; round++)
        {
            Console.Error.WriteLine($"  … throughput round {round + 1}/3");
            baseline = Math.Max(baseline, await CallLoad.ThroughputAsync(ActiveGrains, i => counters[i].IncrementAsync(), Callers, Round));
            grainRate = Math.Max(grainRate, await CallLoad.ThroughputAsync(ActiveGrains, i => grains[i].IncrementAsync(), Callers, Round));
        }

        report.Add("grain_calls_per_s", grainRate, "Orleans grain calls/s");
        report.Add("baseline_calls_per_s", baseline, "baseline calls/s (SemaphoreSlim per object)");
        report.AddRatio("ratio_vs_baseline", grainRate, baseline, "ratio grain / baseline");

        report.Section($"Latency of one call at concurrency 1 ({LatencyCalls:N0} calls)");
        Console.Error.WriteLine("  … latency");
        await CallLoad.LatencyAsync(() => grains[0].IncrementAsync(), LatencyCalls / 5);
        var latency = await CallLoad.LatencyAsync(() => grains[0].IncrementAsync(), LatencyCalls);
        var baseLatency = await CallLoad.LatencyAsync(() => counters[0].IncrementAsync(), LatencyCalls);
        report.Add("p50_us", latency.P50, "grain call p50 (µs)");
        report.Add("p99_us", latency.P99, "grain call p99 (µs)");
        report.Add("baseline_p50_us", baseLatency.P50, "baseline call p50 (µs)");

        await host.StopAsync(CancellationToken.None);
    }

    private static async Task<IHost> StartSiloAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(LoopbackPort.Pick(), LoopbackPort.Pick()));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
