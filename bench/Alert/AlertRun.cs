using System.Diagnostics;
using CommuneRadio.Bench.Common;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.StationSimulator.Province;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Alert;

/// <summary>
/// The measured part: the Silo (Release, child process) and every device online; a warm-up alert
/// to one commune; the province-wide alert, timed at the devices and through the Silo's progress;
/// then, with the Silo stopped, the baseline fan-out of the same play straight through the broker.
/// </summary>
internal sealed class AlertRun(MosquittoBroker broker, BenchProvince province, AlertSettings settings, string gatewayPassword, string publisherPassword, string folder, BenchReport report)
{
    private static readonly TimeSpan OnlineLimit = TimeSpan.FromSeconds(120);
    private readonly ProgressLine _line = AlertBenchmark.Line;
    private readonly int _n = province.DeviceCount;
    private int? _postgres;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var database = await PostgresServer.CreateDatabaseAsync("bench_alert");
        _postgres = ProcessTree.PostgresServer(database);
        _line.Write("starting the Silo (Release, child process)");
        var silo = await SiloProcess.StartAsync(database, broker, gatewayPassword, folder, cancellationToken);
        SimulatedProvince? simulated = null;
        try
        {
            await RegistryRows.InsertAsync(database, province, cancellationToken);
            simulated = SimulatedProvince.Create(province.ForSimulator(), province.Credentials(), new SimulatedProvinceOptions
            {
                Devices = new SimulatedDeviceOptions
                {
                    BrokerHost = broker.Host,
                    BrokerPort = broker.Port,
                    HeartbeatInterval = TimeSpan.FromSeconds(30),
                    HeartbeatJitter = 0.2,
                    PlaybackSpeed = settings.PlaybackSpeed,
                    JournalCapacity = 32,
                    ConnectTimeout = TimeSpan.FromSeconds(60),
                },
                ConnectConcurrency = 100,
            });
            report.Section($"{_n:N0} devices in {province.Stations.Count:N0} stations, each on its own MQTT connection and account");
            var started = await simulated.StartAsync(new ConnectProgress(_line), cancellationToken);
            report.Add("devices_connected", started.Online, "devices connected");
            report.Add("connect_s", started.Elapsed.TotalSeconds, "time to connect them all, 100 at a time (s)");
            var api = new AlertApi(silo.Http);
            report.Add("silo_online_devices", await WaitOnlineAsync(api, started.Online, cancellationToken), "devices online in the Silo's view before the alert");
            var online = simulated.Devices.Where(d => d.IsOnline).ToList();

            await WarmUpAsync(api, simulated, cancellationToken);
            var alert = await AlertAsync(api, silo, online, cancellationToken);

            _line.Write("stopping the Silo; the baseline goes straight through the broker");
            await silo.DisposeAsync();
            await BaselineAsync(online, alert, cancellationToken);
        }
        finally
        {
            if (simulated is not null)
            {
                _line.Write($"disconnecting {_n:N0} devices");
                await simulated.DisposeAsync();
            }

            await silo.DisposeAsync();
        }
    }

    /// <summary>Waits until the Silo shows <paramref name="expected"/> devices online (each device's retained status and first heartbeat went through the gateway).</summary>
    private async Task<int> WaitOnlineAsync(AlertApi api, int expected, CancellationToken cancellationToken)
    {
        var since = Stopwatch.StartNew();
        var online = 0;
        while (since.Elapsed < OnlineLimit)
        {
            online = await api.OnlineDevicesAsync(BenchProvince.ProvinceCode, cancellationToken);
            if (online >= expected)
            {
                break;
            }

            _line.Write($"the Silo sees {online:N0} of {expected:N0} devices online");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        _line.Write($"the Silo sees {online:N0} devices online after {since.Elapsed.TotalSeconds:0.0} s");
        return online;
    }

    /// <summary>One alert to the first commune first, so the measured alert does not pay for the JIT of its code path.</summary>
    private async Task WarmUpAsync(AlertApi api, SimulatedProvince simulated, CancellationToken cancellationToken)
    {
        var station = province.Stations[0];
        var devices = simulated.Devices.Where(d => d.StationId == station.Id && d.IsOnline).ToList();
        _line.Write($"warm-up: an alert to commune {station.AreaCode} ({devices.Count} devices)");
        var (sentAt, sent) = (DateTimeOffset.UtcNow, Stopwatch.GetTimestamp());
        var issued = await api.SendStormAsync($"bench-warmup-{Guid.NewGuid():N}", station.AreaCode, cancellationToken);
        var times = await DeliveryWatch.WatchAsync(devices, issued.CmdId, sentAt, sent, settings.Limit, untilDone: true, "warm-up", _line, cancellationToken);
        report.Section("Warm-up: one alert to one commune (JIT of the alert path)");
        report.Add("warmup_playing_100_ms", times.Until(times.Playing, 1), $"POST → all {devices.Count} devices playing (ms)");
    }

    private async Task<IssuedAlert> AlertAsync(AlertApi api, SiloProcess silo, IReadOnlyList<SimulatedDevice> online, CancellationToken cancellationToken)
    {
        var identifier = $"bench-storm-{Guid.NewGuid():N}";
        _line.Write($"POST /api/alerts: storm warning over province {BenchProvince.ProvinceCode}, {online.Count:N0} devices online");
        var cpu = new CpuWindow(silo.Pid, BrokerPid(), _postgres);
        var (sentAt, sent) = (DateTimeOffset.UtcNow, Stopwatch.GetTimestamp());
        var issued = await api.SendStormAsync(identifier, BenchProvince.ProvinceCode, cancellationToken);
        var answered = Stopwatch.GetElapsedTime(sent);
        _line.Write($"POST answered in {answered.TotalMilliseconds:0} ms: alert {issued.Id}, cmdId {issued.CmdId}, {issued.Devices:N0} devices");
        var siloView = SiloWatch.WatchAsync(api, issued.Id, sent, settings.Limit, _line, cancellationToken);
        var times = await DeliveryWatch.WatchAsync(online, issued.CmdId, sentAt, sent, settings.Limit, untilDone: true, "alert", _line, cancellationToken);
        cpu.Stop();
        var view = await siloView;

        report.Section($"Alert: POST /api/alerts (storm, province-wide, exercise) to {online.Count:N0} online devices in {province.Stations.Count:N0} stations, timed at the devices; Silo progress polled every {SiloWatch.Interval.TotalMilliseconds:0} ms");
        report.Add("post_ms", answered.TotalMilliseconds, "POST answered (201, after fan-out to all stations) (ms)");
        report.Add("alert_first_received_ms", times.Until(times.Read, 1.0 / online.Count), "POST → the first device has received the play (ms)");
        report.Add("alert_received_50_ms", times.Until(times.Read, 0.5), "POST → 50 % of devices have received the play (ms)");
        report.Add("alert_received_100_ms", times.Until(times.Read, 1), "POST → every device has received the play (ms)");
        report.Add("alert_received_ack_100_ms", times.Until(times.Received, 1), "POST → every device's received ack at the broker (ms)");
        report.Add("alert_playing_50_ms", times.Until(times.Playing, 0.5), "POST → 50 % of devices acked playing (ms)");
        report.Add("alert_playing_99_ms", times.Until(times.Playing, 0.99), "POST → 99 % of devices acked playing (ms)", "≤ 1,000");
        report.Add("alert_playing_100_ms", times.Until(times.Playing, 1), "POST → 100 % of devices acked playing (ms)", "≤ 2,000");
        report.Add("alert_devices_playing", DeliveryTimes.Count(times.Playing), $"devices that acked playing within {settings.Limit.TotalSeconds:0} s");
        report.Add("alert_done_100_ms", times.Until(times.Done, 1), $"POST → every device acked done (played at {settings.PlaybackSpeed:0}×) (ms)");
        report.Add("silo_all_confirmed_ms", view.AllConfirmedMs, $"Silo: POST → progress shows all confirmed (ms)");
        report.Add("silo_all_playing_ms", view.AllPlayingMs, "Silo: POST → progress shows all playing or done (ms)");
        report.Add("silo_poll_mean_ms", view.MeanPollMs, $"Silo: GET /api/alerts/{{id}} mean answer, {view.Polls} polls (ms)");
        cpu.Report(report, "alert");
        return issued;
    }

    private async Task BaselineAsync(IReadOnlyList<SimulatedDevice> online, IssuedAlert alert, CancellationToken cancellationToken)
    {
        await using var client = await StationCommandPublisher.ConnectAsync(broker, publisherPassword, cancellationToken);
        var command = new DeviceCommand
        {
            CmdId = $"bench-baseline-{Guid.NewGuid():N}",
            Type = CommandType.Play,
            Priority = BroadcastPriority.Emergency,
            Text = alert.Text,
            Repeat = 1,
            RepeatIntervalS = 0,
            Volume = 100,
            ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(30),
            IssuedAt = DateTimeOffset.UtcNow,
        };
        _line.Write($"baseline: {province.Stations.Count:N0} QoS 1 plays, one per station cmd topic, fanned out to {online.Count:N0} devices");
        var cpu = new CpuWindow(silo: null, BrokerPid(), _postgres);
        var (sentAt, sent) = (DateTimeOffset.UtcNow, Stopwatch.GetTimestamp());
        var publishing = StationCommandPublisher.PublishAsync(client, province, command, cancellationToken);
        var times = await DeliveryWatch.WatchAsync(online, command.CmdId, sentAt, sent, settings.Limit, untilDone: false, "baseline", _line, cancellationToken);
        await publishing;
        cpu.Stop();
        var published = Stopwatch.GetElapsedTime(sent);

        report.Section($"Baseline: {province.Stations.Count:N0} QoS 1 messages (the same play) published by one MQTTnet link straight to the station topics, no Silo");
        report.Add("baseline_publish_ms", published.TotalMilliseconds, "all published and acked by the broker (ms)");
        report.Add("baseline_received_50_ms", times.Until(times.Read, 0.5), "→ 50 % of devices have received it (ms)");
        report.Add("baseline_received_99_ms", times.Until(times.Read, 0.99), "→ 99 % of devices have received it (ms)");
        report.Add("baseline_received_100_ms", times.Until(times.Read, 1), "→ 100 % of devices have received it (ms)");
        report.Add("baseline_playing_99_ms", times.Until(times.Playing, 0.99), "→ 99 % of devices acked playing (ms)");
        report.Add("baseline_playing_100_ms", times.Until(times.Playing, 1), "→ 100 % of devices acked playing (ms)");
        cpu.Report(report, "baseline");
        Ratio("ratio_baseline_over_alert_99", "baseline_received_99_ms", "alert_playing_99_ms", "ratio baseline received / alert playing, 99 %");
        Ratio("ratio_baseline_over_alert_100", "baseline_received_100_ms", "alert_playing_100_ms", "ratio baseline received / alert playing, 100 %");
        Ratio("ratio_playing_baseline_over_alert_99", "baseline_playing_99_ms", "alert_playing_99_ms", "ratio baseline playing / alert playing, 99 %");
    }

    private int? BrokerPid() => ProcessLookup.Find(broker.ConfigPath);

    /// <summary>baseline / ours from two figures already reported; 0 when either was not reached (-1) or missing.</summary>
    private void Ratio(string key, string baseline, string ours, string label)
    {
        var (b, o) = (report.Figures.GetValueOrDefault(baseline, -1), report.Figures.GetValueOrDefault(ours, -1));
        report.Add(key, b > 0 && o > 0 ? b / o : 0, label);
    }
}
