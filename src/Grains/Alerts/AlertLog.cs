using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(300, LogLevel.Warning, "Alert {AlertId} ({Event}) issued by {Operator} to areas {Areas}: {Phase}")]
    public static partial void Issued(ILogger logger, string alertId, string @event, string @operator, string areas, AlertPhase phase);

    [LoggerMessage(301, LogLevel.Information, "Alert {AlertId}: dispatched to {Dispatched} of {Stations} station(s), {Devices} device(s)")]
    public static partial void Dispatched(ILogger logger, string alertId, int dispatched, int stations, int devices);

    [LoggerMessage(302, LogLevel.Warning, "Alert {AlertId}: station {StationId} did not take the order; the next sweep tries again")]
    public static partial void DispatchFailed(ILogger logger, string alertId, string stationId, Exception exception);

    [LoggerMessage(303, LogLevel.Warning, "Alert {AlertId}: {MessageType} by {Operator}")]
    public static partial void Revised(ILogger logger, string alertId, AlertMessageType messageType, string @operator);

    [LoggerMessage(304, LogLevel.Information, "Alert {AlertId} expired")]
    public static partial void Expired(ILogger logger, string alertId);

    [LoggerMessage(305, LogLevel.Warning, "Alert {AlertId} confirmed by {Operator}")]
    public static partial void Confirmed(ILogger logger, string alertId, string @operator);
}
