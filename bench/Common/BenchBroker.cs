using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Common;

/// <summary>
/// A private mosquitto with the dynamic-security plugin and limits high enough for thousands of
/// clients, holding every device account of a <see cref="BenchProvince"/> and the bench's own
/// accounts — written into its dynamic-security file while it is stopped (see <see cref="DynsecFile"/>).
/// </summary>
internal static class BenchBroker
{
    /// <summary>Starts the broker with the province's and <paramref name="accounts"/>' accounts; progress to <paramref name="progress"/>.</summary>
    public static async Task<MosquittoBroker> StartAsync(BenchProvince province, IReadOnlyList<BenchAccount> accounts, ProgressLine progress, CancellationToken cancellationToken)
    {
        progress.Write("starting mosquitto with the dynamic-security plugin");
        var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions
        {
            DynamicSecurity = true,
            ExtraConfig = ["max_connections -1", "max_queued_messages 0", "max_inflight_messages 500", "set_tcp_nodelay true", .. ExtraConfig()],
        }, cancellationToken);
        try
        {
            progress.Write($"writing {province.DeviceCount:N0} device accounts into the broker's dynamic-security file");
            await broker.StopAsync(cancellationToken);
            await DynsecFile.AddAsync(Path.Combine(broker.Directory, "dynamic-security.json"), province, accounts);
            await broker.StartAgainAsync(cancellationToken);
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>COMMUNERADIO_BENCH_BROKER_CONFIG: more mosquitto.conf lines, separated by ';', to try a setting (e.g. <c>max_inflight_messages 100</c>).</summary>
    private static string[] ExtraConfig() =>
        Environment.GetEnvironmentVariable("COMMUNERADIO_BENCH_BROKER_CONFIG")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The last lines of the broker's log, and whether it still runs, for a failure report.</summary>
    public static string Tail(MosquittoBroker broker)
    {
        var log = File.Exists(broker.LogPath) ? File.ReadLines(broker.LogPath).TakeLast(15) : [];
        return $"mosquitto {(broker.IsRunning ? "runs" : "exited")}; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, log)}";
    }
}
