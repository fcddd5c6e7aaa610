using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt;

/// <summary>
/// How a client connects and behaves. Read by <see cref="IMqttClient.ConnectAsync"/> and then for the
/// life of that connection and its automatic reconnects: do not change an instance after passing it.
/// Durations are <see cref="TimeSpan"/>s and go on the wire in whole seconds, rounded up.
/// </summary>
public sealed class MqttClientOptions
{
    public const int DefaultPort = 1883;
    public const int DefaultTlsPort = 8883;
    public const uint DefaultMaximumPacketSize = 1024 * 1024;
    public const int DefaultOutgoingQueueCapacity = 64 * 1024;
    public const int DefaultTopicCacheCapacity = 1024;
    public const ushort DefaultTopicAliasMaximum = 16;

    /// <summary>The largest packet MQTT can frame: a 4-byte Remaining Length of 268,435,455 plus the fixed header.</summary>
    private const uint VariableByteIntegerLimit = 268_435_460;

    /// <summary>Broker host name or address.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Broker port; null means 1883, or 8883 with <see cref="Tls"/>.</summary>
    public int? Port { get; set; }

    /// <summary>Client Identifier. Empty asks the broker to assign one (MQTT 5.0; 3.1.1 then requires <see cref="CleanStart"/>).</summary>
    public string ClientId { get; set; } = "";

    public string? UserName { get; set; }

    /// <summary>The password; sent as UTF-8 and never logged.</summary>
    public string? Password { get; set; }

    public MqttProtocolVersion ProtocolVersion { get; set; } = MqttProtocolVersion.V500;

    /// <summary>Longest silence allowed from this client (section 3.1.2.10); PINGREQ fills silences. Zero turns keep-alive off. Default 60 s.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Start a new session (true) or resume the one the broker holds for <see cref="ClientId"/> (false)
    /// at ConnectAsync. Default true. Automatic reconnects always resume under MQTT 5.0 when the
    /// session outlives the connection (<see cref="SessionExpiry"/> above zero, a fixed ClientId):
    /// otherwise what the broker queued meanwhile would be thrown away.
    /// </summary>
    public bool CleanStart { get; set; } = true;

    /// <summary>How long the broker keeps the session after the connection closes (MQTT 5.0). Zero ends it with the connection; <see cref="Timeout.InfiniteTimeSpan"/> never expires it.</summary>
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.Zero;

    /// <summary>How many QoS 1/2 messages the broker may have unacknowledged towards this client (section 3.1.2.11.3). Default 65,535.</summary>
    public ushort ReceiveMaximum { get; set; } = ushort.MaxValue;

    /// <summary>Largest packet this client accepts; larger ones close the connection with 0x95. Default 1 MiB.</summary>
    public uint MaximumPacketSize { get; set; } = DefaultMaximumPacketSize;

    /// <summary>How many topic aliases the broker may define towards this client (MQTT 5.0). Default 16.</summary>
    public ushort TopicAliasMaximum { get; set; } = DefaultTopicAliasMaximum;

    /// <summary>The Last Will, published by the broker when the connection ends without a normal DISCONNECT.</summary>
    public MqttApplicationMessage? Will { get; set; }

    /// <summary>How long the broker waits before publishing the Will (MQTT 5.0 Will Delay Interval). Default zero.</summary>
    public TimeSpan WillDelay { get; set; } = TimeSpan.Zero;

    /// <summary>User Properties sent in CONNECT (MQTT 5.0).</summary>
    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    /// <summary>TLS settings; null connects in plain TCP.</summary>
    public MqttClientTlsOptions? Tls { get; set; }

    /// <summary>Automatic reconnect after a lost connection; null turns it off. Default <see cref="MqttReconnectPolicy.Default"/>.</summary>
    public MqttReconnectPolicy? Reconnect { get; set; } = MqttReconnectPolicy.Default;

    /// <summary>
    /// Called for each received message, one at a time, in order. The client waits for it to return
    /// before reading the next packet (back-pressure reaches TCP) and acknowledges a QoS 1/2 message
    /// only after it returns. See <see cref="MqttMessageHandler"/> for the message's lifetime.
    /// </summary>
    public MqttMessageHandler? MessageHandler { get; set; }

    /// <summary>Limit for connecting (TCP, TLS and CONNACK), subscribing and unsubscribing when the caller's token cannot cancel. Default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Bytes of encoded packets that may wait for the socket before publishers wait. Default 64 KiB.</summary>
    public int OutgoingQueueCapacity { get; set; } = DefaultOutgoingQueueCapacity;

    /// <summary>Distinct received topics whose strings are reused instead of allocated. Default 1,024; raise it for many topics.</summary>
    public int TopicCacheCapacity { get; set; } = DefaultTopicCacheCapacity;

    public ILoggerFactory? LoggerFactory { get; set; }

    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal int EffectivePort => Port ?? (Tls is null ? DefaultPort : DefaultTlsPort);

    /// <summary>Throws <see cref="ArgumentException"/> describing the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Host), $"{nameof(Host)} is required.");
        Require(EffectivePort is > 0 and <= 65535, $"{nameof(Port)} must be 1 to 65535.");
        Require(Enum.IsDefined(ProtocolVersion), $"{nameof(ProtocolVersion)} must be V311 or V500.");
        Require(KeepAlive >= TimeSpan.Zero && KeepAlive.TotalSeconds <= ushort.MaxValue, $"{nameof(KeepAlive)} must be 0 to 65,535 s.");
        Require(SessionExpiry >= TimeSpan.Zero || SessionExpiry == System.Threading.Timeout.InfiniteTimeSpan, $"{nameof(SessionExpiry)} must not be negative.");
        Require(ReceiveMaximum > 0, $"{nameof(ReceiveMaximum)} must be at least 1.");
        Require(MaximumPacketSize is >= 64 and <= VariableByteIntegerLimit, $"{nameof(MaximumPacketSize)} must be 64 to {VariableByteIntegerLimit} bytes.");
        Require(Timeout > TimeSpan.Zero, $"{nameof(Timeout)} must be positive.");
        Require(OutgoingQueueCapacity >= 1024, $"{nameof(OutgoingQueueCapacity)} must be at least 1,024 bytes.");
        Require(TopicCacheCapacity > 0, $"{nameof(TopicCacheCapacity)} must be positive.");
        Require(WillDelay >= TimeSpan.Zero, $"{nameof(WillDelay)} must not be negative.");
        Require(ProtocolVersion == MqttProtocolVersion.V500 || ClientId.Length > 0 || CleanStart,
            "MQTT 3.1.1 needs a ClientId unless CleanStart is set [MQTT-3.1.3-7].");
        Require(ProtocolVersion == MqttProtocolVersion.V500 || Password is null || UserName is not null,
            "MQTT 3.1.1 cannot send a password without a user name [MQTT-3.1.2-22].");
        Formatting.MqttUtf8.ThrowIfInvalid(ClientId, nameof(ClientId));
        if (UserName is not null)
        {
            Formatting.MqttUtf8.ThrowIfInvalid(UserName, nameof(UserName));
        }

        Will?.Validate(nameof(Will));
        Reconnect?.Validate();
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
