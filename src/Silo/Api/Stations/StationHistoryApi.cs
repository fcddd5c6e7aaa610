using System.Globalization;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Events;
using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>
/// <c>GET /api/stations/{id}/history</c>: online/offline transitions (a device's or the whole
/// station's) in a window, default today; <c>GET /api/stations/{id}/uptime?date=</c>: how long the
/// station and each device were up or down on a local day.
/// </summary>
public static class StationHistoryApi
{
    public static IEndpointRouteBuilder MapStationHistoryApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/stations/{id}").WithTags("Stations");
        group.MapGet("/history", HistoryAsync);
        group.MapGet("/devices/{deviceId}/history", (string id, string deviceId, string? from, string? to, IStationRegistry stations, IStatusHistory history, TimeProvider time, CancellationToken ct) =>
            HistoryAsync(id, from, to, stations, history, time, ct, deviceId));
        group.MapGet("/uptime", UptimeAsync);
        return endpoints;
    }

    private static async Task<IResult> HistoryAsync(
        string id, string? from, string? to, IStationRegistry stations, IStatusHistory history, TimeProvider time, CancellationToken cancellationToken, string? deviceId = null)
    {
        if (!ProtocolIds.IsValid(id) || await stations.GetAsync(id, cancellationToken) is not { } station)
        {
            return ApiProblems.NotFound("Station", id);
        }

        if (deviceId is not null && station.Devices.All(d => d.Id != deviceId))
        {
            return ApiProblems.NotFound("Device", $"{id}/{deviceId}");
        }

        var today = ProvinceClock.StartOf(ProvinceClock.Today(time));
        if (!TryParseInstant(from, today, out var start))
        {
            return ApiProblems.Field("from", "must be an ISO 8601 date-time with offset, e.g. 2026-11-22T00:00:00+07:00");
        }

        if (!TryParseInstant(to, time.GetUtcNow().AddSeconds(1), out var end) || end <= start)
        {
            return ApiProblems.Field("to", "must be an ISO 8601 date-time with offset, after 'from'");
        }

        return TypedResults.Ok(await history.ReadAsync(id, deviceId, start, end, cancellationToken));
    }

    private static async Task<IResult> UptimeAsync(
        string id, string? date, IStationRegistry stations, IStatusHistory history, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ProtocolIds.IsValid(id) || await stations.GetAsync(id, cancellationToken) is not { } station)
        {
            return ApiProblems.NotFound("Station", id);
        }

        var day = ProvinceClock.Today(time);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return ApiProblems.Field("date", "must be a date as yyyy-MM-dd");
        }

        var from = ProvinceClock.StartOf(day);
        var to = new[] { from.AddDays(1), time.GetUtcNow() }.Min();
        if (to <= from)
        {
            return ApiProblems.Field("date", "is in the future");
        }

        var atStart = await history.LatestAsync(id, from, cancellationToken);
        var transitions = await history.ReadAsync(id, null, from, to, cancellationToken);
        UptimeTotals Totals(string key, string? deviceId) =>
            UptimeCalculator.Compute(atStart.GetValueOrDefault(key)?.State, transitions.Where(t => t.DeviceId == deviceId), from, to);

        return TypedResults.Ok(new UptimeReport(
            id, day, from, to, UptimeEntry.From("", Totals("", null), "up"),
            station.Devices.Select(d => UptimeEntry.From(d.Id, Totals(d.Id, d.Id), "online")).ToList()));
    }

    private static bool TryParseInstant(string? text, DateTimeOffset fallback, out DateTimeOffset value)
    {
        if (text is null)
        {
            value = fallback;
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
