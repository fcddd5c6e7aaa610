using Microsoft.Extensions.Logging;

namespace CommuneRadio.MqttLink;

/// <summary>The link's log lines. Credentials are never among the arguments.</summary>
internal static partial class BrokerLinkLog
{
    [LoggerMessage(1, LogLevel.Warning, "MQTT link {ClientId} to {Host}:{Port} lost: {Reason}")]
    public static partial void Lost(ILogger logger, string clientId, string host, int port, string reason, Exception? exception);

    [LoggerMessage(2, LogLevel.Information, "MQTT link {ClientId} reconnecting in {Delay} (attempt {Attempt})")]
    public static partial void ReconnectScheduled(ILogger logger, string clientId, TimeSpan delay, int attempt);

    [LoggerMessage(3, LogLevel.Warning, "MQTT link {ClientId}: reconnect attempt {Attempt} failed")]
    public static partial void ReconnectFailed(ILogger logger, string clientId, int attempt, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "MQTT link {ClientId} connected again (session present: {SessionPresent}, {Subscriptions} subscriptions restored)")]
    public static partial void Reconnected(ILogger logger, string clientId, bool sessionPresent, int subscriptions);

    [LoggerMessage(5, LogLevel.Error, "MQTT link {ClientId}: the broker refused to restore the subscription {Filter}: {Result}")]
    public static partial void RestoreRefused(ILogger logger, string clientId, string filter, string result);

    [LoggerMessage(6, LogLevel.Warning, "MQTT link {ClientId} dropped a message from the broker on {Topic} and closes the connection: {Problem}")]
    public static partial void Rejected(ILogger logger, string clientId, string topic, string problem);

    [LoggerMessage(7, LogLevel.Error, "MQTT link {ClientId}: the message handler failed on {Topic}; the message is acknowledged anyway")]
    public static partial void HandlerFailed(ILogger logger, string clientId, string topic, Exception exception);

    [LoggerMessage(8, LogLevel.Debug, "MQTT link {ClientId} aborted without DISCONNECT")]
    public static partial void Aborted(ILogger logger, string clientId);

    [LoggerMessage(9, LogLevel.Debug, "MQTT link {ClientId}: a clean DISCONNECT failed; the connection is closed anyway")]
    public static partial void DisconnectFailed(ILogger logger, string clientId, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "MQTT link {ClientId}: a state change handler failed")]
    public static partial void StateHandlerFailed(ILogger logger, string clientId, Exception exception);
}
