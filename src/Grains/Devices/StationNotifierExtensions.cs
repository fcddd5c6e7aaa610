using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Devices;

internal static partial class StationNotifierExtensions
{
    /// <summary>
    /// Tells the station grain after a registry change that is already made. A grain that cannot be
    /// told now is logged, not thrown: the caller still has one-time passwords to hand over, and the
    /// grain reads the registry when it next activates.
    /// </summary>
    public static async Task TryNotifyAsync(this IStationNotifier notifier, string stationId, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.RegistrationChangedAsync(stationId, cancellationToken);
        }
        catch (Exception e)
        {
            LogNotifyFailed(logger, e, stationId);
        }
    }

    [LoggerMessage(100, LogLevel.Warning, "Station {StationId} could not be told its registration changed; it reads it when next activated")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, string stationId);
}
