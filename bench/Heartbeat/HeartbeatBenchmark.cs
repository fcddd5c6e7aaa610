using System.Diagnostics;
using System.Security.Cryptography;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// bench/run heartbeat: the whole device → broker → gateway → station grain path with the Release
/// Silo as a child process and the simulated devices in this process. Three parts: 10,000 devices
/// each on its own connection at a 30 s interval (latency, CPU, memory); a burst of one heartbeat
/// from every device, against the same burst into a bare counting subscriber; and a second Silo
/// holding 100,000 devices' state, fed through a few connections.
/// </summary>
public sealed class HeartbeatBenchmark : IBenchmark
{
    public string Name => "heartbeat";

    public string Description => "10,000 simulated devices through mosquitto, gateway and station grains: latency, burst vs raw broker, memory at 100,000";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var run = Stopwatch.StartNew();
        var settings = HeartbeatSettings.FromEnvironment();
        var folder = Directory.CreateTempSubdirectory("communeradio-bench-heartbeat-").FullName;
        var devices = BenchProvince.Create(settings.Devices, "s-", withPasswords: true);
        var held = BenchProvince.Create(settings.Held, "h-", withPasswords: false);
        var secrets = new BenchSecrets(Secret(), Secret(), Secret());
        Progress($"{devices.DeviceCount:N0} devices in {devices.Stations.Count:N0} stations; {held.DeviceCount:N0} held; steady state {settings.Steady.TotalSeconds:0} s; files in {folder}");
        Progress($"open files allowed: {OpenFileLimit()}");

        Progress("starting mosquitto with the dynamic-security plugin");
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions
        {
            DynamicSecurity = true,
            ExtraConfig = ["max_connections -1", "max_queued_messages 0", "set_tcp_nodelay true"],
        }, cancellationToken);
        Progress($"writing {devices.DeviceCount:N0} device accounts into the broker's dynamic-security file");
        await broker.StopAsync(cancellationToken);
        await DynsecFile.AddAsync(Path.Combine(broker.Directory, "dynamic-security.json"), devices,
        [
            (RawSubscriber.User, secrets.Raw, [("subscribeLiteral", RawSubscriber.Filter)]),
            (HeartbeatFeeder.User, secrets.Feeder, [("publishClientSend", "stations/+/devices/+/heartbeat")]),
        ]);
        await broker.StartAgainAsync(cancellationToken);

        try
        {
            await new DevicesRun(broker, devices, settings, secrets, folder, report).RunAsync(cancellationToken);
            // A fresh broker process for the hold: no sessions or shared groups left from the devices.
            await broker.StopAsync(cancellationToken);
            await broker.StartAgainAsync(cancellationToken);
            await new HoldRun(broker, held, secrets, folder, report).RunAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            var log = File.Exists(broker.LogPath) ? File.ReadLines(broker.LogPath).TakeLast(15) : [];
            Progress($"failed; mosquitto {(broker.IsRunning ? "runs" : "exited")}; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, log)}");
            throw;
        }
        finally
        {
            report.Section("Run");
            report.Add("run_s", run.Elapsed.TotalSeconds, "whole run (s)", "≤ 600");
            if (Environment.GetEnvironmentVariable("COMMUNERADIO_BENCH_KEEP") is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    internal static void Progress(string message) => Console.Error.WriteLine($"[heartbeat] {DateTime.Now:HH:mm:ss} {message}");

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static string OpenFileLimit()
    {
        var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        return line is null ? "unknown" : string.Join(' ', line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
    }
}
