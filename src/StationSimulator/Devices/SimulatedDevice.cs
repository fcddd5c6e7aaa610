using CommuneRadio.DeviceProtocol;
using CommuneRadio.MqttLink;
using MQTTnet.Formatter;
using CommuneRadio.StationSimulator.Commands;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Faults;
using CommuneRadio.StationSimulator.Observation;
using CommuneRadio.StationSimulator.Playback;
using CommuneRadio.StationSimulator.Province;
using CommuneRadio.StationSimulator.Publishing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommuneRadio.StationSimulator.Devices;

/// <summary>
/// One simulated speaker cluster: its own MQTT connection and credentials, Last Will, retained
/// online/offline status, heartbeats with jitter, and the device side of every command of protocol
/// v1 (see docs/device-protocol.md), with scriptable faults.
/// <para>
/// Lifecycle: <see cref="StartAsync"/> connects (retrying while the broker is unreachable) and
/// returns once the device announced itself online; <see cref="StopAsync"/> publishes
/// <c>offline</c> and disconnects cleanly. Link cuts (<see cref="DropLinkAsync"/>, restarts) end the
/// connection without DISCONNECT, so the broker publishes the Will, and the device comes back by itself.
/// </para>
/// <para>
/// Thread-safety: every member may be called from any thread. State lives under one lock per
/// device; publishing goes through two outboxes (telemetry, acks) drained by one async loop each;
/// timers come from the injected <see cref="TimeProvider"/>, so no thread is ever dedicated to a device.
/// </para>
/// </summary>
public sealed partial class SimulatedDevice : IAsyncDisposable, IPlayerHost, IOutboxOwner
{
    private readonly Lock _gate = new();
    private readonly SimulatorCredentials _credentials;
    private readonly SimulatedDeviceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly ILogger _logger;
    private readonly SimulatorCounters _counters;
    private readonly Random _random;
    private readonly Player _player;
    private readonly CommandRecords _records;
    private readonly DeviceOutbox _telemetry;
    private readonly DeviceOutbox _acks;
    private readonly AsyncGate _online = new();
    private readonly ITimer _heartbeatTimer;
    private readonly CancellationTokenSource _lifetime = new();
    private DeviceRunState _run;
    private BrokerLink? _client;
    private bool _countedOnline;
    private DeviceFaults _faults = DeviceFaults.None;
    private Task _outboxLoops = Task.CompletedTask;
    private Task _background = Task.CompletedTask;

    public SimulatedDevice(
        DeviceProfile profile,
        SimulatorCredentials credentials,
        SimulatedDeviceOptions options,
        TimeProvider? time = null,
        ILoggerFactory? loggerFactory = null,
        SimulatorCounters? counters = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (ProtocolIds.Problem(profile.StationId) is not null || ProtocolIds.Problem(profile.DeviceId) is not null)
        {
            throw new ArgumentException($"Device {profile.StationId}/{profile.DeviceId}: ids must be valid topic levels.", nameof(profile));
        }

        Profile = profile;
        _credentials = credentials;
        _options = options;
        _time = time ?? TimeProvider.System;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory?.CreateLogger<SimulatedDevice>() ?? NullLogger<SimulatedDevice>.Instance;
        _counters = counters ?? new SimulatorCounters();
        _random = new Random(HashCode.Combine(profile.StationId, profile.DeviceId));
        _player = new Player(this);
        _records = new CommandRecords(options.RememberedCommands);
        _telemetry = new DeviceOutbox(this, _logger);
        _acks = new DeviceOutbox(this, _logger);
        Journal = new DeviceJournal(options.JournalCapacity);
        Topics = new DeviceTopics(options.Topics, profile.StationId, profile.DeviceId);
        _volume = Math.Clamp(profile.InitialVolume, 0, 100);
        _rssi = profile.BaseRssi;
        _heartbeatTimer = _time.CreateTimer(static s => ((SimulatedDevice)s!).OnHeartbeatDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public DeviceProfile Profile { get; }

    public string StationId => Profile.StationId;

    public string DeviceId => Profile.DeviceId;

    public MqttProtocolVersion ProtocolVersion => _options.ProtocolVersion;

    /// <summary>The topics this device publishes and subscribes to.</summary>
    public DeviceTopics Topics { get; }

    /// <summary>What the device received, sent and played.</summary>
    public DeviceJournal Journal { get; }

    /// <summary>Connected and announced online.</summary>
    public bool IsOnline => _online.IsOpen;

    /// <summary>The standing faults; assign <c>Faults with { ... }</c> to change them. Takes effect for the next message.</summary>
    public DeviceFaults Faults
    {
        get => Volatile.Read(ref _faults);
        set => Volatile.Write(ref _faults, value ?? throw new ArgumentNullException(nameof(value)));
    }

    Lock IPlayerHost.Gate => _gate;

    TimeProvider IPlayerHost.Time => _time;

    TimeProvider IOutboxOwner.Time => _time;

    double IPlayerHost.PlaybackSpeed => _options.PlaybackSpeed;

    int IPlayerHost.Volume => _volume;

    AsyncGate IOutboxOwner.Online => _online;

    BrokerLink? IOutboxOwner.CurrentClient
    {
        get
        {
            lock (_gate)
            {
                return _client;
            }
        }
    }

    /// <summary>The device's own clock: the TimeProvider's time plus <see cref="DeviceFaults.ClockSkew"/>.</summary>
    public DateTimeOffset DeviceNow() => _time.GetUtcNow() + Faults.ClockSkew;

    /// <summary>Completes when the device is online (at once when it is).</summary>
    public Task WhenOnlineAsync(CancellationToken cancellationToken = default) => _online.WaitAsync(cancellationToken);

    /// <summary>See <see cref="DeviceJournal.WaitForAckAsync"/>.</summary>
    public Task<AckEvent> WaitForAckAsync(string cmdId, AckState state, CancellationToken cancellationToken = default) =>
        Journal.WaitForAckAsync(cmdId, state, cancellationToken);

    /// <summary>See <see cref="DeviceJournal.WaitForPlaysAsync"/>.</summary>
    public Task<IReadOnlyList<PlaybackEvent>> WaitForPlaysAsync(string cmdId, int count, CancellationToken cancellationToken = default) =>
        Journal.WaitForPlaysAsync(cmdId, count, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _lifetime.Dispose();
    }

    public override string ToString() => $"{StationId}/{DeviceId}";

    /// <summary>Runs <paramref name="work"/> after whatever background work is already running (link comebacks, restarts), logging failures.</summary>
    private void RunInBackground(string activity, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            var previous = _background;
            _background = Task.Run(async () =>
            {
                await previous.ConfigureAwait(false);
                try
                {
                    await work(_lifetime.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
                {
                    // Stopping.
                }
                catch (Exception e)
                {
                    SimulatorLog.BackgroundFailed(_logger, StationId, DeviceId, activity, e);
                }
            });
        }
    }
}
