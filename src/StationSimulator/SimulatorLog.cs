using MQTTnet;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.StationSimulator;

/// <summary>Log messages of the simulator. Passwords and other credentials are never among the arguments.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(1, LogLevel.Debug, "Device {StationId}/{DeviceId} is online (boot {Boot}, session present: {SessionPresent})")]
    public static partial void Online(ILogger logger, string stationId, string deviceId, int boot, bool sessionPresent);

    [LoggerMessage(2, LogLevel.Warning, "Device {StationId}/{DeviceId} could not connect (attempt {Attempt}); trying again in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string stationId, string deviceId, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(3, LogLevel.Error, "The broker refused device {StationId}/{DeviceId} with {ReasonCode}; it stops trying")]
    public static partial void ConnectRefused(ILogger logger, string stationId, string deviceId, MqttClientConnectResultCode reasonCode);

    [LoggerMessage(4, LogLevel.Information, "Device {StationId}/{DeviceId} lost its connection; its client reconnects")]
    public static partial void LinkLost(ILogger logger, string stationId, string deviceId);

    [LoggerMessage(5, LogLevel.Information, "Device {StationId}/{DeviceId}: link cut without DISCONNECT ({Why}); back in {Downtime}")]
    public static partial void LinkCut(ILogger logger, string stationId, string deviceId, string why, TimeSpan downtime);

    [LoggerMessage(6, LogLevel.Warning, "Device {StationId}/{DeviceId} dropped an unreadable command on {Topic}: {Problem}")]
    public static partial void UnreadableCommand(ILogger logger, string stationId, string deviceId, string topic, string problem);

    [LoggerMessage(7, LogLevel.Warning, "The broker refused a publish to {Topic}: {ReasonCode}")]
    public static partial void PublishRefused(ILogger logger, string topic, MqttClientPublishReasonCode reasonCode);

    [LoggerMessage(8, LogLevel.Error, "Device {StationId}/{DeviceId}: {Activity} failed")]
    public static partial void BackgroundFailed(ILogger logger, string stationId, string deviceId, string activity, Exception exception);

    [LoggerMessage(9, LogLevel.Debug, "Device {StationId}/{DeviceId} took over its own session to cut the link; the takeover connection ended with an error")]
    public static partial void TakeoverIncomplete(ILogger logger, string stationId, string deviceId, Exception exception);

    [LoggerMessage(10, LogLevel.Debug, "Device {StationId}/{DeviceId} stopped (published offline: {Announced})")]
    public static partial void Stopped(ILogger logger, string stationId, string deviceId, bool announced);

    [LoggerMessage(11, LogLevel.Warning, "Device {StationId}/{DeviceId} could not publish offline and disconnect cleanly")]
    public static partial void GoodbyeFailed(ILogger logger, string stationId, string deviceId, Exception exception);
}
