using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Stations;
using CommuneRadio.Silo.Auth;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>
/// <c>/api/stations</c>: the stations of an area with their live roll-up (filtered and paged),
/// one station with every device, and the registry edits (create, rename, move).
/// </summary>
public static class StationsApi
{
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapStationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/stations").WithTags("Stations");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id}", UpdateAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        string? area, string? status, string? page, string? pageSize,
        IAreaRegistry areas, IStationRegistry stations, IGrainFactory grains, CancellationToken cancellationToken)
    {
        StationHealth? health = null;
        if (status is not null)
        {
            if (!Enum.TryParse<StationHealth>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return ApiProblems.Field("status", "must be one of up, degraded, down");
            }

            health = parsed;
        }

        if (!TryParsePositive(page, 1, int.MaxValue, out var pageNumber))
        {
            return ApiProblems.Field("page", "must be a whole number from 1");
        }

        if (!TryParsePositive(pageSize, 50, MaxPageSize, out var size))
        {
            return ApiProblems.Field("pageSize", $"must be a whole number from 1 to {MaxPageSize}");
        }

        IReadOnlyList<string>? codes = null;
        if (area is not null)
        {
            codes = await areas.SubtreeAsync(area, cancellationToken);
            if (codes.Count == 0)
            {
                return ApiProblems.Field("area", $"'{area}' is not a known area code");
            }
        }

        var registered = await stations.ListAsync(codes, cancellationToken);
        var snapshots = await Task.WhenAll(registered.Select(s => grains.GetGrain<IStationGrain>(s.Id).GetSnapshotAsync()));
        var matching = snapshots.Where(s => health is null || s.Health == health).Select(StationSummary.From).ToList();
        var items = matching.Skip((pageNumber - 1) * size).Take(size).ToList();
        return TypedResults.Ok(new StationPage(items, pageNumber, size, matching.Count));
    }

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains)
    {
        if (!ProtocolIds.IsValid(id))
        {
            return ApiProblems.NotFound("Station", id);
        }

        var snapshot = await grains.GetGrain<IStationGrain>(id).GetSnapshotAsync();
        return snapshot.Registered ? TypedResults.Ok(snapshot) : ApiProblems.NotFound("Station", id);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, IStationRegistry stations, IGrainFactory grains, OperatorAccess access, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<StationRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var station = new StationRecord(body!.Id ?? "", body.Name ?? "", body.AreaCode ?? "", []);
        if (await access.CanWriteAsync(station.AreaCode, cancellationToken) is { Allowed: false } outOfScope)
        {
            return await access.RefuseAsync(outOfScope, "POST station", station.Id, cancellationToken);
        }

        if (ApiProblems.From(await stations.CreateAsync(station, cancellationToken)) is { } refused)
        {
            return refused;
        }

        await grains.GetGrain<IStationGrain>(station.Id).RefreshRegistrationAsync();
        return TypedResults.Created($"/api/stations/{station.Id}", await grains.GetGrain<IStationGrain>(station.Id).GetSnapshotAsync());
    }

    private static async Task<IResult> UpdateAsync(
        string id, HttpRequest request, IStationRegistry stations, IGrainFactory grains, OperatorAccess access, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<StationRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Id is not null && body.Id != id)
        {
            return ApiProblems.Field("id", "cannot be changed; a station keeps its id for life");
        }

        // The station's current area was checked by StationScopeFilter; a move needs the target area in scope too.
        if (body.AreaCode is not null && await access.CanWriteAsync(body.AreaCode, cancellationToken) is { Allowed: false } outOfScope)
        {
            return await access.RefuseAsync(outOfScope, "PUT station", id, cancellationToken);
        }

        if (body.Name is not null && ApiProblems.From(await stations.RenameAsync(id, body.Name, cancellationToken)) is { } renameRefused)
        {
            return renameRefused;
        }

        if (body.AreaCode is not null && ApiProblems.From(await stations.MoveAsync(id, body.AreaCode, cancellationToken)) is { } moveRefused)
        {
            return moveRefused;
        }

        var grain = grains.GetGrain<IStationGrain>(id);
        await grain.RefreshRegistrationAsync();
        var snapshot = await grain.GetSnapshotAsync();
        return snapshot.Registered ? TypedResults.Ok(snapshot) : ApiProblems.NotFound("Station", id);
    }

    private static bool TryParsePositive(string? text, int fallback, int max, out int value)
    {
        if (text is null)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value >= 1 && value <= max;
    }
}
