using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Formatter;

namespace CommuneRadio.MqttLink;

/// <summary>
/// How a <see cref="BrokerLink"/> connects and behaves; read at every (re)connect, so do not change an
/// instance after passing it. Durations go on the wire in whole seconds, rounded up.
/// </summary>
public sealed class BrokerLinkOptions
{
    public const int DefaultPort = 1883;

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = DefaultPort;

    /// <summary>Client Identifier; a resumable session needs a fixed one.</summary>
    public string ClientId { get; set; } = "";

    public string? UserName { get; set; }

    /// <summary>Sent as UTF-8; never logged.</summary>
    public string? Password { get; set; }

    public MqttProtocolVersion ProtocolVersion { get; set; } = MqttProtocolVersion.V500;

    /// <summary>Longest silence from this client before the broker may close the link. Zero turns keep-alive off. Default 60 s.</summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Start a new session at the first connect (true), or resume the one the broker holds. Reconnects
    /// always resume (clean start off): what the broker queued for the session meanwhile is kept.
    /// </summary>
    public bool CleanStart { get; set; } = true;

    /// <summary>How long the broker keeps the session after the connection ends (MQTT 5.0). Zero ends it with the connection.</summary>
    public TimeSpan SessionExpiry { get; set; } = TimeSpan.Zero;

    /// <summary>The Last Will: published by the broker when the connection ends without a normal DISCONNECT (e.g. <see cref="BrokerLink.AbortAsync"/>).</summary>
    public MqttApplicationMessage? Will { get; set; }

    /// <summary>Automatic reconnect after a lost connection; null turns it off. Default <see cref="ReconnectPolicy.Default"/>.</summary>
    public ReconnectPolicy? Reconnect { get; set; } = ReconnectPolicy.Default;

    /// <summary>Limit for connecting, subscribing and a clean DISCONNECT. Default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Receives every message that passes the guard; null ignores received messages.</summary>
    public BrokerLinkMessageHandler? MessageHandler { get; set; }

    /// <summary>Told of each received message the guard dropped, with the reason; for counters. Must not block.</summary>
    public Action<string>? MessageRejected { get; set; }

    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock of the reconnect backoff. Default the system clock: it measures the network.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Host), "Host is required.");
        Require(Port is > 0 and <= 65535, "Port must be 1 to 65535.");
        Require(ProtocolVersion is MqttProtocolVersion.V311 or MqttProtocolVersion.V500, "ProtocolVersion must be V311 or V500.");
        Require(KeepAlive >= TimeSpan.Zero && KeepAlive.TotalSeconds <= ushort.MaxValue, "KeepAlive must be 0 to 65,535 s.");
        Require(SessionExpiry >= TimeSpan.Zero, "SessionExpiry must not be negative.");
        Require(Timeout > TimeSpan.Zero, "Timeout must be positive.");
        Require(ProtocolVersion == MqttProtocolVersion.V500 || ClientId.Length > 0 || CleanStart, "MQTT 3.1.1 needs a ClientId unless CleanStart is set.");
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
