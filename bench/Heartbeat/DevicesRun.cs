using System.Diagnostics;
using CommuneRadio.Bench.Common;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.StationSimulator.Province;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// Parts 1 and 2: every device on its own connection with its own account, heartbeats every 30 s
/// ± 20 %; a steady-state window; then one heartbeat from every device at once, through the Silo
/// and — with the Silo stopped — into the bare subscriber.
/// </summary>
internal sealed class DevicesRun(MosquittoBroker broker, BenchProvince province, HeartbeatSettings settings, BenchSecrets secrets, string folder, BenchReport report)
{
    private static readonly TimeSpan BurstLimit = TimeSpan.FromSeconds(120);
    private readonly int _n = province.DeviceCount;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var database = await PostgresServer.CreateDatabaseAsync("bench_heartbeat");
        Progress("starting the Silo (Release, child process)");
        var silo = await SiloProcess.StartAsync(database, broker, secrets.Gateway, folder, cancellationToken);
        SimulatedProvince? simulated = null;
        try
        {
            await RegistryRows.InsertAsync(database, province, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var baseline = silo.Sample();
            var baselineHeap = await silo.GcHeapBytesAsync(cancellationToken);

            simulated = SimulatedProvince.Create(province.ForSimulator(), province.Credentials(), new SimulatedProvinceOptions
            {
                Devices = new SimulatedDeviceOptions
                {
                    BrokerHost = broker.Host,
                    BrokerPort = broker.Port,
                    HeartbeatInterval = TimeSpan.FromSeconds(30),
                    HeartbeatJitter = 0.2,
                    JournalCapacity = 4,
                    ConnectTimeout = TimeSpan.FromSeconds(60),
                },
                ConnectConcurrency = 100,
            });
            report.Section($"{_n:N0} devices, each on its own MQTT connection and account, heartbeat every 30 s ± 20 %");
            var started = await simulated.StartAsync(new ConnectProgress(HeartbeatBenchmark.Line), cancellationToken);
            report.Add("devices_connected", started.Online, "devices connected");
            report.Add("connect_s", started.Elapsed.TotalSeconds, "time to connect them all, 100 at a time (s)");
            if (started.Refused.Count > 0)
            {
                Progress($"{started.Refused.Count} refused, e.g. {started.Refused[0]}");
            }

            var visible = await RateWatch.WatchAsync(() => HeartbeatsAsync(silo, cancellationToken), 0, started.Online, Stopwatch.GetTimestamp(), BurstLimit, "first heartbeats visible", cancellationToken);
            Progress($"{visible.Counted:N0} devices visible; steady state for {settings.Steady.TotalSeconds:0} s");

            var before = await silo.GatewayAsync(cancellationToken);
            var cpuBefore = silo.Sample();
            for (var waited = TimeSpan.Zero; waited < settings.Steady; waited += TimeSpan.FromSeconds(10))
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, (settings.Steady - waited).TotalSeconds)), cancellationToken);
                Progress($"steady state: {waited.TotalSeconds + 10:0} of {settings.Steady.TotalSeconds:0} s, Silo CPU {silo.Sample().CoresSince(cpuBefore):0.000} cores");
            }

            var after = await silo.GatewayAsync(cancellationToken);
            var cpuAfter = silo.Sample();
            var heap = await silo.GcHeapBytesAsync(cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(cpuBefore.At, cpuAfter.At).TotalSeconds;
            report.Add("steady_heartbeats_per_s", after.AgeSamplesSince(before) / seconds, "heartbeats visible per second in the window");
            report.Add("steady_p50_ms", after.AgePercentileSince(before, 0.5), "heartbeat → visible state p50 (ms)");
            report.Add("steady_p99_ms", after.AgePercentileSince(before, 0.99), "heartbeat → visible state p99 (ms)", "≤ 50");
            report.Add("silo_cpu_cores", cpuAfter.CoresSince(cpuBefore), "Silo CPU (process CPU s / wall s; 1 = one core)");
            report.Add("silo_rss_baseline_mb", baseline.RssBytes / 1e6, "Silo RSS before devices connected (MB)");
            report.Add("silo_rss_mb", cpuAfter.RssBytes / 1e6, "Silo RSS at the end of steady state (MB)");
            report.Add("rss_per_device_kb", (cpuAfter.RssBytes - baseline.RssBytes) / 1024.0 / _n, "Silo RSS above baseline per device (KiB)");
            report.Add("heap_per_device_kb", (heap - baselineHeap) / 1024.0 / _n, "managed heap above baseline per device (KiB, after last GC)");

            report.Section($"Burst: one heartbeat from each of the {_n:N0} devices at once (as after a regional power cut)");
            var burstBefore = await silo.GatewayAsync(cancellationToken);
            var pipeline = await BurstAsync(simulated, () => HeartbeatsAsync(silo, cancellationToken), "burst through the Silo", cancellationToken);
            var burstAfter = await silo.GatewayAsync(cancellationToken);
            Progress("stopping the Silo; the same burst into the bare subscriber next");
            await silo.DisposeAsync();

            await using var raw = await RawSubscriber.ConnectAsync(broker, secrets.Raw, connections: 2, cancellationToken);
            var baselineBurst = await BurstAsync(simulated, () => Task.FromResult(raw.Count), "burst into the bare subscriber", cancellationToken);
            report.Add("burst_peak_msgs_per_s", pipeline.PeakPerSecond, $"pipeline: peak heartbeats made visible/s (over {RateWatch.Interval.TotalMilliseconds:0} ms)");
            report.Add("burst_msgs_per_s", pipeline.AveragePerSecond, "pipeline: heartbeats/s from first send to all visible");
            report.Add("burst_all_visible_s", pipeline.Elapsed.TotalSeconds, "pipeline: time until all are visible (s)");
            report.Add("burst_p99_ms", burstAfter.AgePercentileSince(burstBefore, 0.99), "pipeline: heartbeat → visible state p99 in the burst (ms)");
            report.Add("raw_peak_msgs_per_s", baselineBurst.PeakPerSecond, "bare subscriber: peak messages received/s");
            report.Add("raw_msgs_per_s", baselineBurst.AveragePerSecond, "bare subscriber: messages/s from first send to all received");
            report.Add("raw_all_received_s", baselineBurst.Elapsed.TotalSeconds, "bare subscriber: time until all are received (s)");
            report.AddRatio("ratio_vs_raw", pipeline.AveragePerSecond, baselineBurst.AveragePerSecond, "ratio pipeline / bare subscriber (burst msgs/s)", "≥ 0.8");
            report.AddRatio("peak_ratio_vs_raw", pipeline.PeakPerSecond, baselineBurst.PeakPerSecond, "ratio pipeline / bare subscriber (peak msgs/s)");
        }
        finally
        {
            if (simulated is not null)
            {
                Progress($"disconnecting {_n:N0} devices");
                await simulated.DisposeAsync();
            }

            await silo.DisposeAsync();
        }
    }

    private static async Task<long> HeartbeatsAsync(SiloProcess silo, CancellationToken cancellationToken) =>
        (await silo.GatewayAsync(cancellationToken)).HeartbeatAgeHistogram.Sum(b => b.Count);

    private async Task<RateResult> BurstAsync(SimulatedProvince simulated, Func<Task<long>> count, string what, CancellationToken cancellationToken)
    {
        var devices = simulated.Devices.Where(d => d.IsOnline).ToList();
        Progress($"{what}: {devices.Count:N0} heartbeats");
        var first = await count();
        var started = Stopwatch.GetTimestamp();
        var sending = Task.WhenAll(devices.Select(d => d.SendHeartbeatAsync(cancellationToken)));
        var result = await RateWatch.WatchAsync(count, first, devices.Count, started, BurstLimit, what, cancellationToken);
        await sending;
        Progress($"{what}: {result.Counted:N0} in {result.Elapsed.TotalSeconds:0.00} s, peak {result.PeakPerSecond:N0}/s");
        return result;
    }

    private static void Progress(string message) => HeartbeatBenchmark.Progress(message);
}
