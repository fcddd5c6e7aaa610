using CommuneRadio.Grains.Registry;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// <see cref="ILiveAlerts"/>: finds the live alerts whose areas cover the station's area or one of
/// its ancestors and asks each to sweep. Runs in the background; a failure is logged and the
/// alert's own periodic sweep still reaches the station.
/// </summary>
public sealed partial class LiveAlerts(IAreaRegistry areas, IAlertDirectory directory, IGrainFactory grains, ILogger<LiveAlerts> logger) : ILiveAlerts
{
    public void StationRegistered(string stationId, string areaCode) => _ = SweepCoveringAsync(stationId, areaCode);

    private async Task SweepCoveringAsync(string stationId, string areaCode)
    {
        try
        {
            foreach (var alertId in await directory.LiveCoveringAsync(await areas.LineageAsync(areaCode)))
            {
                await grains.GetGrain<IAlertGrain>(alertId).SweepAsync();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogSweepFailed(logger, stationId, e);
        }
    }

    [LoggerMessage(310, LogLevel.Warning, "Live alerts covering station {StationId} could not be told about it; their next sweep reaches it")]
    private static partial void LogSweepFailed(ILogger logger, string stationId, Exception exception);
}
