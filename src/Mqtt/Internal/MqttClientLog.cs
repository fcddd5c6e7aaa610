using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt.Internal;

/// <summary>Log messages of the client. Credentials are never among the arguments.</summary>
internal static partial class MqttClientLog
{
    [LoggerMessage(1, LogLevel.Debug, "Client {ClientId} connecting to {Host}:{Port} with MQTT {ProtocolVersion}")]
    public static partial void Connecting(ILogger logger, string clientId, string host, int port, MqttProtocolVersion protocolVersion);

    [LoggerMessage(2, LogLevel.Information, "Client {ClientId} connected to {Host}:{Port} (session present: {SessionPresent}, in-flight window {ReceiveMaximum})")]
    public static partial void Connected(ILogger logger, string clientId, string host, int port, bool sessionPresent, int receiveMaximum);

    [LoggerMessage(3, LogLevel.Warning, "Client {ClientId} lost its connection")]
    public static partial void ConnectionLost(ILogger logger, string clientId, Exception? exception);

    [LoggerMessage(4, LogLevel.Warning, "Client {ClientId} closes the connection with {ReasonCode}: the broker broke the protocol")]
    public static partial void ProtocolViolation(ILogger logger, string clientId, MqttReasonCode reasonCode, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "Message handler of client {ClientId} failed on a message of topic {Topic}; the message is acknowledged anyway")]
    public static partial void HandlerFailed(ILogger logger, string clientId, string topic, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "Client {ClientId} reconnects in {Delay} (attempt {Attempt})")]
    public static partial void ReconnectScheduled(ILogger logger, string clientId, TimeSpan delay, int attempt);

    [LoggerMessage(7, LogLevel.Warning, "Reconnect attempt {Attempt} of client {ClientId} failed")]
    public static partial void ReconnectFailed(ILogger logger, string clientId, int attempt, Exception exception);

    [LoggerMessage(8, LogLevel.Warning, "Client {ClientId} could not restore its subscriptions")]
    public static partial void RestoreFailed(ILogger logger, string clientId, Exception exception);

    [LoggerMessage(9, LogLevel.Warning, "The broker refused the restored subscription {TopicFilter} of client {ClientId}: {ReasonCode}")]
    public static partial void RestoreRefused(ILogger logger, string clientId, string topicFilter, MqttReasonCode reasonCode);

    [LoggerMessage(10, LogLevel.Information, "Client {ClientId} disconnected ({ReasonCode})")]
    public static partial void Disconnected(ILogger logger, string clientId, MqttReasonCode reasonCode);

    [LoggerMessage(11, LogLevel.Error, "A StateChanged handler of client {ClientId} threw")]
    public static partial void StateHandlerFailed(ILogger logger, string clientId, Exception exception);

    [LoggerMessage(12, LogLevel.Debug, "Client {ClientId} ignored {PacketType} for packet identifier {PacketId}, which is not in flight")]
    public static partial void UnknownAcknowledgement(ILogger logger, string clientId, string packetType, ushort packetId);

    [LoggerMessage(13, LogLevel.Information, "Client {ClientId} sent {Count} unacknowledged message(s) again ({How})")]
    public static partial void Resent(ILogger logger, string clientId, int count, string how);

    [LoggerMessage(14, LogLevel.Information, "Client {ClientId} restored {Count} subscription(s) in a new session")]
    public static partial void Restored(ILogger logger, string clientId, int count);

    [LoggerMessage(15, LogLevel.Warning, "Client {ClientId} dropped an unacknowledged message to {Topic}: it no longer fits the broker's limits")]
    public static partial void ResendDropped(ILogger logger, string clientId, string topic, Exception exception);

    [LoggerMessage(16, LogLevel.Information, "Client {ClientId} aborts its connection without DISCONNECT")]
    public static partial void Aborting(ILogger logger, string clientId);
}
