using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.StationSimulator.Tests.Support;

/// <summary>
/// One simulated device of a fresh station on the shared broker, on a manual clock (heartbeats
/// every 30 s without jitter, plays at real-time speed: tests advance the clock), with the system
/// side observing <c>stations/{s}/#</c>. Fails the test on error log lines when disposed.
/// </summary>
public sealed class DeviceHarness : IAsyncDisposable
{
    public const string DeviceId = "d-01";

    private DeviceHarness(ManualTimeProvider clock, LogCapture logs, SimulatedDevice device, StationObserver observer)
    {
        Clock = clock;
        Logs = logs;
        Device = device;
        Observer = observer;
    }

    public ManualTimeProvider Clock { get; }

    public LogCapture Logs { get; }

    public SimulatedDevice Device { get; }

    public StationObserver Observer { get; }

    public string StationId => Device.StationId;

    public static SimulatedDeviceOptions Options(BrokerFixture fixture) => new()
    {
        BrokerHost = fixture.Broker.Host,
        BrokerPort = fixture.Broker.Port,
        HeartbeatInterval = TimeSpan.FromSeconds(30),
        HeartbeatJitter = 0,
        RestartDowntime = TimeSpan.FromSeconds(5),
        Reconnect = new MqttLink.ReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(200), MaximumDelay = TimeSpan.FromSeconds(1) },
    };

    public static string NewStationId() => $"s-{Guid.NewGuid():N}"[..14];

    public static SimulatorCredentials CredentialsFor(string stationId, string deviceId) =>
        new(stationId, deviceId, $"{stationId}.{deviceId}", $"{stationId}.{deviceId}", Guid.NewGuid().ToString("N"));

    public static async Task<DeviceHarness> StartAsync(BrokerFixture fixture, Func<SimulatedDeviceOptions, SimulatedDeviceOptions>? configure = null, TimeProvider? time = null)
    {
        var stationId = NewStationId();
        var clock = new ManualTimeProvider();
        var logs = new LogCapture();
        var profile = new DeviceProfile { StationId = stationId, DeviceId = DeviceId, Gps = new GpsPosition(10.43, 105.78), Firmware = "2.4.1", InitialVolume = 70 };
        var options = (configure ?? (o => o))(Options(fixture));
        var loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var device = new SimulatedDevice(profile, CredentialsFor(stationId, DeviceId), options, time ?? clock, loggers);
        var observer = await StationObserver.StartAsync(fixture.Broker, stationId);
        await device.StartAsync().WithTimeout($"device {stationId}/{DeviceId} connecting");
        return new DeviceHarness(clock, logs, device, observer);
    }

    public DeviceCommand Play(string cmdId, double durationS = 20, BroadcastPriority priority = BroadcastPriority.Normal) => new()
    {
        CmdId = cmdId,
        Type = CommandType.Play,
        Priority = priority,
        Media = new MediaRef($"http://127.0.0.1/media/{cmdId}.mp3", new string('a', 64), durationS),
        IssuedAt = Clock.GetUtcNow(),
    };

    /// <summary>Sends to this device's own command topic and waits until the device has read it.</summary>
    public async Task SendAsync(DeviceCommand command, int seenTimes = 1)
    {
        await Observer.SendAsync(command, DeviceId);
        await Device.Journal.WaitForCommandAsync(command.CmdId, seenTimes).WithTimeout($"device reading command {command.CmdId}");
    }

    public Task<Observation.AckEvent> AckAsync(string cmdId, AckState state) =>
        Device.WaitForAckAsync(cmdId, state).WithTimeout($"device acking {cmdId} {state}");

    /// <summary>The acks of <paramref name="cmdId"/> as the broker delivered them to the system, once <paramref name="count"/> arrived.</summary>
    public async Task<IReadOnlyList<CommandAck>> AcksAtBrokerAsync(string cmdId, int count)
    {
        var topic = TopicLayout.Default.Ack(StationId, DeviceId);
        var seen = await Observer.WaitForAsync(m => m.Topic == topic && StationObserver.ReadAck(m).CmdId == cmdId, count, $"{count} acks of {cmdId}");
        return [.. seen.Select(StationObserver.ReadAck)];
    }

    public async ValueTask DisposeAsync()
    {
        await Device.DisposeAsync();
        await Observer.DisposeAsync();
        Logs.ThrowIfErrors();
    }
}
