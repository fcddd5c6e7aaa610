using System.Diagnostics;
using CommuneRadio.Bench.Common;

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
        var secrets = new BenchSecrets(BenchEnvironment.Secret(), BenchEnvironment.Secret(), BenchEnvironment.Secret());
        Progress($"{devices.DeviceCount:N0} devices in {devices.Stations.Count:N0} stations; {held.DeviceCount:N0} held; steady state {settings.Steady.TotalSeconds:0} s; files in {folder}");
        Progress($"open files allowed: {BenchEnvironment.OpenFileLimit()}");
        await using var broker = await BenchBroker.StartAsync(devices,
        [
            new BenchAccount(RawSubscriber.User, secrets.Raw, [("subscribeLiteral", RawSubscriber.Filter)]),
            new BenchAccount(HeartbeatFeeder.User, secrets.Feeder, [("publishClientSend", "stations/+/devices/+/heartbeat")]),
        ], Line, cancellationToken);

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
            Progress($"failed; {BenchBroker.Tail(broker)}");
            throw;
        }
        finally
        {
            report.Section("Run");
            report.Add("run_s", run.Elapsed.TotalSeconds, "whole run (s)", "≤ 600");
            if (!BenchEnvironment.KeepFiles)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    internal static ProgressLine Line { get; } = new("heartbeat");

    internal static void Progress(string message) => Line.Write(message);
}
