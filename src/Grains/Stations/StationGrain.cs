using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Events;
using CommuneRadio.Grains.Registry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// One station and its devices. Heartbeats and status messages keep each device's liveness in
/// memory; a device goes offline on its Last Will at once, or when its heartbeats stop for
/// <see cref="StationOptions.OfflineAfter"/>, measured by one timer armed at the earliest deadline.
/// Every online/offline transition, and every change of the station's roll-up, is written to the
/// status history before the turn ends and streamed to the console.
/// Its grain type is named explicitly: stored state rows are keyed by it, so renaming the class keeps them.
/// </summary>
[GrainType("station")]
public sealed partial class StationGrain : Grain, IStationGrain
{
    private readonly IPersistentState<StationState> _state;
    private readonly IStationRegistry _registry;
    private readonly IStatusHistory _history;
    private readonly IStationEvents _events;
    private readonly IDeviceCommandSender _commands;
    private readonly IAlertDeliveries _alertLedger;
    private readonly ILiveAlerts _liveAlerts;
    private readonly StationOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<StationGrain> _logger;
    private readonly Dictionary<string, LiveDevice> _devices = new(StringComparer.Ordinal);
    private StationRecord? _registration;
    private StationHealth _health = StationHealth.Down;
    private DateTimeOffset? _healthSince;

    public StationGrain(
        [PersistentState("station")] IPersistentState<StationState> state,
        IStationRegistry registry,
        IStatusHistory history,
        IStationEvents events,
        IDeviceCommandSender commands,
        IAlertDeliveries alertLedger,
        ILiveAlerts liveAlerts,
        IOptions<StationOptions> options,
        TimeProvider time,
        ILogger<StationGrain> logger)
    {
        _state = state;
        _registry = registry;
        _history = history;
        _events = events;
        _commands = commands;
        _alertLedger = alertLedger;
        _liveAlerts = liveAlerts;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    private string StationId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _registration = await _registry.GetAsync(StationId, cancellationToken);
        foreach (var device in _registration?.Devices ?? [])
        {
            _devices[device.Id] = new LiveDevice(device);
        }

        // Carry on from what the history says: a device last known online counts as seen now, so
        // it goes offline one full window after activation unless it speaks.
        var now = _time.GetUtcNow();
        var latest = await _history.LatestAsync(StationId, cancellationToken: cancellationToken);
        foreach (var (deviceId, transition) in latest)
        {
            if (deviceId.Length == 0)
            {
                _health = ParseHealth(transition.State);
                _healthSince = transition.At;
            }
            else if (_devices.TryGetValue(deviceId, out var device))
            {
                device.Online = transition.State == "online";
                device.Since = transition.At;
                device.LastSeen = device.Online ? now : null;
            }
        }

        ArmLiveness();
        await RecordHealthAsync("activation");
        await RestoreAlertsAsync(cancellationToken);
    }

    public async Task RefreshRegistrationAsync()
    {
        _registration = await _registry.GetAsync(StationId);
        var current = (_registration?.Devices ?? []).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var settingsDropped = false;
        foreach (var removed in _devices.Keys.Where(id => !current.ContainsKey(id)).ToList())
        {
            _devices.Remove(removed);
            settingsDropped |= _state.State.Devices.Remove(removed);
        }

        if (settingsDropped)
        {
            await _state.WriteStateAsync();
        }

        var added = new List<string>();
        foreach (var (id, record) in current)
        {
            if (_devices.TryGetValue(id, out var device))
            {
                device.Record = record;
            }
            else
            {
                _devices[id] = new LiveDevice(record);
                added.Add(id);
            }
        }

        await AddAlertDevicesAsync(added);
        if (_registration is not null)
        {
            _liveAlerts.StationRegistered(StationId, _registration.AreaCode);
        }

        ArmLiveness();
        await RecordHealthAsync("registry changed");
    }

    public Task<StationSnapshot> GetSnapshotAsync() => Task.FromResult(new StationSnapshot
    {
        StationId = StationId,
        Registered = _registration is not null,
        Name = _registration?.Name ?? "",
        AreaCode = _registration?.AreaCode ?? "",
        Health = _health,
        HealthSince = _healthSince,
        DesiredVolume = _state.State.DesiredVolume,
        Devices = _devices.Values.OrderBy(d => d.Record.Id, StringComparer.Ordinal).Select(Snapshot).ToList(),
    });

    private DeviceSnapshot Snapshot(LiveDevice device) => new()
    {
        DeviceId = device.Record.Id,
        Name = device.Record.Name,
        Online = device.Online,
        Since = device.Since,
        LastSeen = device.LastSeen,
        Volume = device.Last?.Volume,
        DesiredVolume = DesiredVolume(device.Record.Id),
        Amp = device.Last?.Amp,
        DesiredAmp = DesiredAmp(device.Record.Id),
        State = device.Last?.State,
        ItemId = device.Last?.ItemId,
        Rssi = device.Last?.Rssi,
        Firmware = device.Last?.Firmware ?? device.Record.Firmware,
        Gps = device.Last?.Gps ?? device.Record.Gps.ToPosition(),
        ScheduleVersion = device.Last?.ScheduleVersion,
    };

    private static StationHealth ParseHealth(string state) => state switch
    {
        "up" => StationHealth.Up,
        "degraded" => StationHealth.Degraded,
        _ => StationHealth.Down,
    };
}
