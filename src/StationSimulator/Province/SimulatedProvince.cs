using System.Collections.Concurrent;
using System.Diagnostics;
using CommuneRadio.MqttLink;
using MQTTnet.Formatter;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Devices;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.StationSimulator.Province;

/// <summary>
/// Every device of a province file, each with its own connection and credentials, started and
/// stopped with bounded concurrency, sharing one set of counters, with province-wide faults.
/// Made for ~10,000 devices in one process: devices own no thread; their timers share the
/// runtime's timer queue and their loops are parked async methods.
/// Thread-safe. Lifecycle: <see cref="StartAsync"/> once, then <see cref="StopAsync"/> (or dispose).
/// </summary>
public sealed partial class SimulatedProvince : IAsyncDisposable
{
    private readonly Dictionary<(string StationId, string DeviceId), SimulatedDevice> _byId;
    private readonly SimulatedProvinceOptions _options;
    private readonly TimeProvider _time;

    private SimulatedProvince(
        List<SimulatedDevice> devices, IReadOnlyList<(string StationId, string DeviceId)> missing, SimulatedProvinceOptions options, SimulatorCounters counters, TimeProvider time)
    {
        _time = time;
        Devices = devices;
        MissingCredentials = missing;
        Counters = counters;
        _options = options;
        _byId = devices.ToDictionary(d => (d.StationId, d.DeviceId));
    }

    public IReadOnlyList<SimulatedDevice> Devices { get; }

    /// <summary>Devices of the file that have no credentials and are therefore not simulated.</summary>
    public IReadOnlyList<(string StationId, string DeviceId)> MissingCredentials { get; }

    public SimulatorCounters Counters { get; }

    /// <summary>Creates (does not connect) one device per device of <paramref name="province"/> that has credentials.</summary>
    public static SimulatedProvince Create(
        ProvinceFile province,
        IEnumerable<SimulatorCredentials> credentials,
        SimulatedProvinceOptions options,
        TimeProvider? time = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var byDevice = credentials.ToDictionary(c => (c.StationId, c.DeviceId));
        var counters = new SimulatorCounters();
        var random = new Random(options.Seed);
        var v5 = options.Devices with { ProtocolVersion = MqttProtocolVersion.V500 };
        var v311 = options.Devices with { ProtocolVersion = MqttProtocolVersion.V311 };
        var devices = new List<SimulatedDevice>(province.DeviceCount);
        var missing = new List<(string, string)>();
        foreach (var station in province.Stations)
        {
            foreach (var device in station.Devices ?? [])
            {
                if (!byDevice.TryGetValue((station.Id, device.Id), out var account))
                {
                    missing.Add((station.Id, device.Id));
                    continue;
                }

                var profile = new DeviceProfile
                {
                    StationId = station.Id,
                    DeviceId = device.Id,
                    Gps = device.Gps,
                    Firmware = device.Firmware ?? "sim-1.0.0",
                    InitialVolume = random.Next(50, 91),
                    BaseRssi = random.Next(-95, -59),
                    UptimeAtStart = options.MaxUptimeAtStart * random.NextDouble(),
                };
                var protocol = Picked(devices.Count, options.Mqtt311Share) ? v311 : v5;
                devices.Add(new SimulatedDevice(profile, account, protocol, time, loggerFactory, counters));
            }
        }

        return new SimulatedProvince(devices, missing, options, counters, time ?? TimeProvider.System);
    }

    public SimulatedDevice Device(string stationId, string deviceId) =>
        _byId.TryGetValue((stationId, deviceId), out var device) ? device : throw new KeyNotFoundException($"No simulated device {stationId}/{deviceId}.");

    public IReadOnlyList<SimulatedDevice> StationDevices(string stationId) => [.. Devices.Where(d => d.StationId == stationId)];

    /// <summary>
    /// Connects every device, <see cref="SimulatedProvinceOptions.ConnectConcurrency"/> at a time,
    /// reporting progress. A device the broker refuses (credentials) is listed, not thrown; an
    /// unreachable broker is retried by each device until <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async Task<ProvinceStartResult> StartAsync(IProgress<ProvinceStartProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.StartNew();
        var refused = new ConcurrentQueue<RefusedDevice>();
        var online = 0;
        progress?.Report(new ProvinceStartProgress(Devices.Count, 0, 0));
        await ForEachAsync(Devices, async (device, token) =>
        {
            try
            {
                await device.StartAsync(token).ConfigureAwait(false);
                Interlocked.Increment(ref online);
            }
            catch (BrokerLinkConnectException e)
            {
                refused.Enqueue(new RefusedDevice(device.StationId, device.DeviceId, e.ResultCode.ToString()));
            }
            catch (InvalidOperationException e) when (!token.IsCancellationRequested)
            {
                refused.Enqueue(new RefusedDevice(device.StationId, device.DeviceId, e.Message));
            }

            progress?.Report(new ProvinceStartProgress(Devices.Count, Volatile.Read(ref online), refused.Count));
        }, _options.ConnectConcurrency, cancellationToken).ConfigureAwait(false);
        return new ProvinceStartResult(online, [.. refused], started.Elapsed);
    }

    /// <summary>Stops every device cleanly (each publishes <c>offline</c> and disconnects).</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        ForEachAsync(Devices, (device, token) => new ValueTask(device.StopAsync(token)), _options.ConnectConcurrency, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        await ForEachAsync(Devices, (device, _) => device.DisposeAsync(), _options.ConnectConcurrency, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Spreads a share evenly: true for about <c>share × n</c> of the indexes 0…n−1.</summary>
    internal static bool Picked(int index, double share) => (int)((index + 1) * share) > (int)(index * share);

    private static Task ForEachAsync(IEnumerable<SimulatedDevice> devices, Func<SimulatedDevice, CancellationToken, ValueTask> work, int concurrency, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(devices, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, work);
}
