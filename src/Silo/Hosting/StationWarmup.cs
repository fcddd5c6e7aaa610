using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Silo.Hosting;

/// <summary>
/// Activates every registered station grain when the Silo starts, so that a device last known
/// online goes offline on time even if it never speaks again after a restart, and the first
/// dashboard load is fast.
/// </summary>
public sealed partial class StationWarmup(IStationRegistry stations, IGrainFactory grains, ILogger<StationWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var all = await stations.ListAsync(cancellationToken: stoppingToken);
            var started = TimeProvider.System.GetTimestamp();
            foreach (var chunk in all.Chunk(64))
            {
                await Task.WhenAll(chunk.Select(s => grains.GetGrain<IStationGrain>(s.Id).GetSnapshotAsync()));
            }

            LogWarm(logger, all.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Activated {Count} station grains in {Milliseconds:0} ms")]
    private static partial void LogWarm(ILogger logger, int count, double milliseconds);

    [LoggerMessage(2, LogLevel.Error, "Could not activate the station grains at start; they activate on first use instead")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
