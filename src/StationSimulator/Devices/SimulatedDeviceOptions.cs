using CommuneRadio.DeviceProtocol;
using CommuneRadio.MqttLink;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace CommuneRadio.StationSimulator.Devices;

/// <summary>
/// How simulated devices connect and behave. One instance may be shared by thousands of devices;
/// do not change it after passing it to them. Durations are <see cref="TimeSpan"/>s.
/// </summary>
public sealed record SimulatedDeviceOptions
{
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultSessionExpiry = TimeSpan.FromHours(1);

    public string BrokerHost { get; init; } = "127.0.0.1";

    public int BrokerPort { get; init; } = BrokerLinkOptions.DefaultPort;

    public MqttProtocolVersion ProtocolVersion { get; init; } = MqttProtocolVersion.V500;

    public TopicLayout Topics { get; init; } = TopicLayout.Default;

    public TimeSpan HeartbeatInterval { get; init; } = DefaultHeartbeatInterval;

    /// <summary>Fraction (0 to 1) by which each heartbeat interval varies at random: 0.2 waits 80 % to 120 % of the interval.</summary>
    public double HeartbeatJitter { get; init; } = 0.2;

    /// <summary>Heartbeats go out at this QoS (the protocol allows 0 or 1).</summary>
    public MqttQualityOfServiceLevel HeartbeatQualityOfService { get; init; } = MqttQualityOfServiceLevel.AtMostOnce;

    /// <summary>How much faster than real time media plays: 100 plays a 60 s item in 0.6 s. Repeat pauses shrink alike; notBefore and expiresAt do not.</summary>
    public double PlaybackSpeed { get; init; } = 1.0;

    /// <summary>How long a restarting device stays down before it connects again, with uptime and seq starting over.</summary>
    public TimeSpan RestartDowntime { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the broker keeps the device's session (and the commands queued for it) while it is offline.</summary>
    public TimeSpan SessionExpiry { get; init; } = DefaultSessionExpiry;

    /// <summary>Reconnecting after the broker went away; also the backoff of the first connect.</summary>
    public ReconnectPolicy Reconnect { get; init; } = new() { InitialDelay = TimeSpan.FromSeconds(2), MaximumDelay = TimeSpan.FromSeconds(60) };

    /// <summary>Limit for one connect attempt.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Entries of each kind the device keeps for observation (commands, acks, plays, heartbeats); older ones are dropped.</summary>
    public int JournalCapacity { get; init; } = 512;

    /// <summary>Command ids remembered for idempotency; the oldest are forgotten first.</summary>
    public int RememberedCommands { get; init; } = 1024;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(BrokerHost), "BrokerHost is required.");
        Require(BrokerPort is > 0 and <= 65535, "BrokerPort must be 1 to 65535.");
        Require(HeartbeatInterval > TimeSpan.Zero, "HeartbeatInterval must be positive.");
        Require(HeartbeatJitter is >= 0 and <= 1, "HeartbeatJitter must be 0 to 1.");
        Require(HeartbeatQualityOfService is MqttQualityOfServiceLevel.AtMostOnce or MqttQualityOfServiceLevel.AtLeastOnce, "HeartbeatQualityOfService must be 0 or 1.");
        Require(PlaybackSpeed > 0 && double.IsFinite(PlaybackSpeed), "PlaybackSpeed must be a positive number.");
        Require(RestartDowntime >= TimeSpan.Zero, "RestartDowntime must not be negative.");
        Require(SessionExpiry >= TimeSpan.Zero, "SessionExpiry must not be negative.");
        Require(JournalCapacity > 0 && RememberedCommands > 0, "JournalCapacity and RememberedCommands must be positive.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
