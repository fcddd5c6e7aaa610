using System.Diagnostics;
using CommuneRadio.Bench.Common;

namespace CommuneRadio.Bench.Alert;

/// <summary>
/// bench/run alert: a storm warning sent with POST /api/alerts to a province of 10,000 simulated
/// devices (500 stations, each device on its own connection and account), timed at the devices
/// from the POST to their <c>received</c> and <c>playing</c> acks, cross-checked with the Silo's
/// progress endpoint; then the same number of QoS 1 messages (one per station on its cmd topic)
/// pushed straight through mosquitto by one MQTTnet link as the baseline.
/// </summary>
public sealed class AlertBenchmark : IBenchmark
{
    internal static ProgressLine Line { get; } = new("alert");

    public string Name => "alert";

    public string Description => "a province-wide alert to 10,000 simulated devices: POST to 50/99/100 % playing, vs the same QoS 1 fan-out straight through the broker";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var run = Stopwatch.StartNew();
        var settings = AlertSettings.FromEnvironment();
        var folder = Directory.CreateTempSubdirectory("communeradio-bench-alert-").FullName;
        var province = BenchProvince.Create(settings.Devices, "a-", withPasswords: true);
        var (gatewayPassword, publisherPassword) = (BenchEnvironment.Secret(), BenchEnvironment.Secret());
        Line.Write($"{province.DeviceCount:N0} devices in {province.Stations.Count:N0} stations; files in {folder}; open files allowed: {BenchEnvironment.OpenFileLimit()}");
        await using var broker = await BenchBroker.StartAsync(province, [StationCommandPublisher.Account(publisherPassword)], Line, cancellationToken);
        try
        {
            await new AlertRun(broker, province, settings, gatewayPassword, publisherPassword, folder, report).RunAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            Line.Write($"failed; {BenchBroker.Tail(broker)}");
            throw;
        }
        finally
        {
            report.Section("Run");
            report.Add("run_s", run.Elapsed.TotalSeconds, "whole run (s)");
            if (!BenchEnvironment.KeepFiles)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
