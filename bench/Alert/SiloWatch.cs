using System.Diagnostics;
using CommuneRadio.Bench.Common;

namespace CommuneRadio.Bench.Alert;

/// <summary>
/// Asks GET /api/alerts/{id} every <see cref="Interval"/> (as a console would) until it shows every
/// device playing or done, or the limit passes. A figure is the time the answer arrived, so it is
/// late by up to one interval plus one request.
/// </summary>
internal static class SiloWatch
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    public static async Task<SiloView> WatchAsync(AlertApi api, string alertId, long sentTimestamp, TimeSpan limit, ProgressLine progress, CancellationToken cancellationToken)
    {
        double allConfirmed = -1, allPlaying = -1, pollTime = 0;
        var polls = 0;
        AlertCounts? last = null;
        while (Stopwatch.GetElapsedTime(sentTimestamp) < limit)
        {
            var asked = Stopwatch.GetTimestamp();
            try
            {
                last = await api.ProgressAsync(alertId, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
            {
                progress.Write($"Silo progress: {e.Message}");
            }

            polls++;
            pollTime += Stopwatch.GetElapsedTime(asked).TotalMilliseconds;
            var at = Stopwatch.GetElapsedTime(sentTimestamp).TotalMilliseconds;
            if (last is not null && allConfirmed < 0 && last.Confirmed >= last.Devices)
            {
                allConfirmed = at;
            }

            if (last is not null && last.PlayingOrDone >= last.Devices)
            {
                allPlaying = at;
                break;
            }

            await Task.Delay(Interval, cancellationToken);
        }

        if (last is not null)
        {
            progress.Write($"Silo progress: {last.Confirmed:N0} of {last.Devices:N0} confirmed; "
                + string.Join(", ", last.ByState.Where(s => s.Value > 0).Select(s => $"{s.Key} {s.Value:N0}")));
        }

        return new SiloView(allConfirmed, allPlaying, polls, polls == 0 ? 0 : pollTime / polls, last);
    }
}
