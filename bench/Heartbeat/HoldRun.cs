using System.Diagnostics;
using CommuneRadio.Bench.Common;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// Part 3: a fresh Silo on a fresh database with 100,000 registered devices (5,000 stations × 20),
/// each sending two heartbeats through the broker and gateway via <see cref="HeartbeatFeeder"/>.
/// Measured: the Silo's memory holding every device online with its last heartbeat, and its CPU
/// per heartbeat, from which the CPU of 100,000 devices at one heartbeat per 30 s is worked out.
/// </summary>
internal sealed class HoldRun(MosquittoBroker broker, BenchProvince province, BenchSecrets secrets, string folder, BenchReport report)
{
    private const int FeederConnections = 8;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(Math.Max(20, HeartbeatSettings.FromEnvironment().Held / 1000));
    private readonly int _n = province.DeviceCount;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var database = await PostgresServer.CreateDatabaseAsync("bench_heartbeat_hold");
        Progress($"starting a second Silo for {_n:N0} held devices");
        await using var silo = await SiloProcess.StartAsync(database, broker, secrets.Gateway, folder, cancellationToken);
        await RegistryRows.InsertAsync(database, province, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var baseline = silo.Sample();
        var baselineHeap = await silo.GcHeapBytesAsync(cancellationToken);

        report.Section($"{_n:N0} devices held by one Silo ({province.Stations.Count:N0} stations; heartbeats fed through {FeederConnections} connections of one bench account)");
        var first = await RoundAsync(silo, seq: 1, "first heartbeat of every device (each comes online)", cancellationToken);
        var second = await RoundAsync(silo, seq: 2, "second heartbeat of every device", cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var held = silo.Sample();
        var heap = await silo.GcHeapBytesAsync(cancellationToken);

        report.Add("held_devices", second.Counted, "devices online in the Silo, each with its last heartbeat");
        report.Add("held_online_s", first.Elapsed.TotalSeconds, "time for all to come online (first heartbeats, s)");
        report.Add("held_rss_baseline_mb", baseline.RssBytes / 1e6, "Silo RSS before any heartbeat (MB)");
        report.Add("held_rss_mb", held.RssBytes / 1e6, "Silo RSS holding them (MB)", "≤ 1,000");
        report.Add("held_rss_per_device_kb", (held.RssBytes - baseline.RssBytes) / 1024.0 / _n, "RSS above baseline per device (KiB)");
        report.Add("held_heap_mb", heap / 1e6, "managed heap after last GC (MB)");
        report.Add("held_heap_per_device_kb", (heap - baselineHeap) / 1024.0 / _n, "managed heap above baseline per device (KiB)");
        report.Add("held_heartbeats_per_s", second.AveragePerSecond, "second round: heartbeats made visible/s");
        var cpuPerHeartbeatMs = second.CpuSeconds * 1000 / second.Counted;
        report.Add("cpu_ms_per_heartbeat", cpuPerHeartbeatMs, "Silo CPU per heartbeat, second round (ms)");
        report.Add("held_cpu_cores_at_30s", cpuPerHeartbeatMs / 1000 * _n / 30, $"worked out: Silo CPU for {_n:N0} devices at one heartbeat per 30 s (cores)");
    }

    private async Task<HoldRound> RoundAsync(SiloProcess silo, long seq, string what, CancellationToken cancellationToken)
    {
        Progress($"{what}: {_n:N0} heartbeats");
        var from = (await silo.GatewayAsync(cancellationToken)).HeartbeatAgeHistogram.Sum(b => b.Count);
        var cpu = silo.Sample();
        var started = Stopwatch.GetTimestamp();
        var feeding = HeartbeatFeeder.SendAsync(broker, secrets.Feeder, province, seq, FeederConnections, cancellationToken);
        var result = await RateWatch.WatchAsync(
            async () => (await silo.GatewayAsync(cancellationToken)).HeartbeatAgeHistogram.Sum(b => b.Count), from, _n, started, Limit, what, cancellationToken);
        if (result.Counted < _n)
        {
            var gateway = await silo.GatewayAsync(cancellationToken);
            Progress($"gateway: accepted {gateway.Accepted:N0}, duplicates {gateway.Duplicates:N0}, queued {gateway.Queued:N0}; Silo log {silo.Log}");
        }

        await feeding;
        var used = silo.Sample().CpuSeconds - cpu.CpuSeconds;
        Progress($"{what}: {result.Counted:N0} visible in {result.Elapsed.TotalSeconds:0.0} s, RSS {silo.Sample().RssBytes / 1e6:0} MB");
        return new HoldRound(result.Counted, result.Elapsed, used);
    }

    private static void Progress(string message) => HeartbeatBenchmark.Progress(message);
}
