using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Events;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Stations;
using CommuneRadio.Grains.Tests.Stations.StandIns;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Silos;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Grains.Tests.Stations;

/// <summary>
/// A station grain on a test runtime with a manual clock, in-memory registry, history and a
/// recording command sender. Heartbeats are built like a device would send them.
/// </summary>
public sealed class StationHarness : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, (long Seq, DateTimeOffset BootAt)> _devices = [];

    private StationHarness(TestSilo silo, InMemoryStationRegistry registry, InMemoryStatusHistory history, RecordingCommandSender commands, StationEventHub events, InMemoryAlertDeliveries deliveries)
    {
        Deliveries = deliveries;
        Silo = silo;
        Registry = registry;
        History = history;
        Commands = commands;
        Events = events;
    }

    public TestSilo Silo { get; }

    public InMemoryStationRegistry Registry { get; }

    public InMemoryStatusHistory History { get; }

    public RecordingCommandSender Commands { get; }

    public InMemoryAlertDeliveries Deliveries { get; }

    public StationEventHub Events { get; }

    public ManualTimeProvider Clock => Silo.Clock;

    public IStationGrain Station(string id = "s-29254") => Silo.Grains.GetGrain<IStationGrain>(id);

    public static async Task<StationHarness> StartAsync(
        InMemoryStatusHistory? history = null, ManualTimeProvider? clock = null, DurableTestGrainStorage? storage = null, InMemoryAlertDeliveries? deliveries = null)
    {
        deliveries ??= new InMemoryAlertDeliveries();
        var registry = new InMemoryStationRegistry();
        registry.Put(new StationRecord("s-29254", "Đài truyền thanh xã Mỹ Hiệp", "29254",
        [
            new DeviceRecord("d-01", "Cụm loa ấp Mỹ Thới"),
            new DeviceRecord("d-02", "Cụm loa chợ Mỹ Hiệp"),
        ]));
        history ??= new InMemoryStatusHistory();
        var commands = new RecordingCommandSender();
        var events = new StationEventHub();
        var silo = await TestSilo.StartAsync(s =>
        {
            s.AddSingleton<IStationRegistry>(registry);
            s.AddSingleton<IStatusHistory>(history);
            s.AddSingleton<IDeviceCommandSender>(commands);
            s.AddSingleton<IStationEvents>(events);
            s.AddSingleton<IAlertDeliveries>(deliveries);
            s.AddSingleton<ILiveAlerts, NoLiveAlerts>();
            s.AddOptions<StationOptions>().Configure(o => o.HeartbeatInterval = Interval);
        }, clock, storage: storage);
        return new StationHarness(silo, registry, history, commands, events, deliveries);
    }

    /// <summary>Sends the device's next heartbeat, received now; <paramref name="restart"/> simulates a reboot first.</summary>
    public Task<IngestOutcome> Heartbeat(string deviceId, int volume = 70, bool restart = false, string station = "s-29254", DeviceAmp? amp = null)
    {
        var now = Clock.GetUtcNow();
        if (restart || !_devices.TryGetValue(deviceId, out var device))
        {
            device = (0, restart ? now : now - TimeSpan.FromMinutes(5));
        }

        device.Seq++;
        _devices[deviceId] = device;
        return Send(deviceId, device.Seq, (long)(now - device.BootAt).TotalSeconds, volume, station, amp);
    }

    /// <summary>A heartbeat with explicit seq and uptime, for duplicate and late-message cases.</summary>
    public Task<IngestOutcome> Send(string deviceId, long seq, long uptimeS, int volume = 70, string station = "s-29254", DeviceAmp? amp = null) =>
        Station(station).HeartbeatAsync(new DeviceHeartbeat
        {
            DeviceId = deviceId,
            ReceivedAt = Clock.GetUtcNow(),
            Seq = seq,
            UptimeS = uptimeS,
            Volume = volume,
            State = DevicePlayback.Idle,
            Amp = amp,
            Rssi = -71,
            SentAt = Clock.GetUtcNow().AddHours(-7), // a device clock far off: must not matter
        });

    public Task<IngestOutcome> Status(string deviceId, bool online) =>
        Station().DeviceStatusAsync(new DeviceStatusReport(deviceId, Clock.GetUtcNow(), online, Retained: false));

    /// <summary>Moves the clock and waits until the grain has handled any timer that fell due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Station().GetSnapshotAsync(); // queued behind a due liveness tick, so it runs after it
    }

    public async Task<DeviceSnapshot> Device(string deviceId) =>
        (await Station().GetSnapshotAsync()).Devices.Single(d => d.DeviceId == deviceId);

    public async ValueTask DisposeAsync() => await Silo.DisposeAsync();
}
