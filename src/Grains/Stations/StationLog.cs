using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Stations;

internal static partial class StationLog
{
    [LoggerMessage(100, LogLevel.Information, "Station {StationId}: {Count} status change(s), last {State} ({Reason})")]
    public static partial void Transitions(ILogger logger, string stationId, int count, string state, string reason);

    /// <summary>Device-only changes: thousands at once after a power cut, so below the console's default level (the history has them all).</summary>
    [LoggerMessage(104, LogLevel.Debug, "Station {StationId}: {Count} device status change(s), last {State} ({Reason})")]
    public static partial void DeviceTransitions(ILogger logger, string stationId, int count, string state, string reason);

    [LoggerMessage(101, LogLevel.Information, "Station {StationId} device {DeviceId}: {Setting} is {Reported}, wanted {Desired}; correction sent")]
    public static partial void Corrected(ILogger logger, string stationId, string deviceId, string setting, string reported, string desired);

    [LoggerMessage(102, LogLevel.Warning, "Station {StationId} device {DeviceId} answered {State} to {CmdId}: {Reason}")]
    public static partial void CommandRefused(ILogger logger, string stationId, string deviceId, string cmdId, DeviceAckState state, string reason);

    [LoggerMessage(103, LogLevel.Warning, "Station {StationId}: command {CmdId} for {DeviceId} did not reach the broker; it is sent again on the next mismatch")]
    public static partial void SendFailed(ILogger logger, string stationId, string deviceId, string cmdId, Exception exception);
}
