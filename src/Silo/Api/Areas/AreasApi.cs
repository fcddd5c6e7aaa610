using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Silo.Api.Areas;

/// <summary>
/// <c>/api/areas</c>: the administrative tree as data — list (or one subtree), add or edit areas
/// in one transaction, and merge one unit into another (its stations move, it retires).
/// </summary>
public static class AreasApi
{
    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/areas").WithTags("Areas");
        group.MapGet("/", ListAsync);
        group.MapGet("/{code}", GetAsync);
        group.MapPost("/", UpsertAsync);
        group.MapPost("/{code}/merge", MergeAsync);
        return endpoints;
    }

    private static async Task<IResult> ListAsync(string? root, IAreaRegistry areas, CancellationToken cancellationToken)
    {
        var all = await areas.ListAsync(cancellationToken);
        if (root is null)
        {
            return TypedResults.Ok(all);
        }

        var subtree = (await areas.SubtreeAsync(root, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return subtree.Count == 0
            ? ApiProblems.Field("root", $"'{root}' is not a known area code")
            : TypedResults.Ok(all.Where(a => subtree.Contains(a.Code)).ToList());
    }

    private static async Task<IResult> GetAsync(string code, IAreaRegistry areas, CancellationToken cancellationToken) =>
        await areas.GetAsync(code, cancellationToken) is { } area ? TypedResults.Ok(area) : ApiProblems.NotFound("Area", code);

    private static async Task<IResult> UpsertAsync(HttpRequest request, IAreaRegistry areas, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<List<AreaRequest>>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await areas.UpsertAsync(body!.Select(a => new Area(a.Code ?? "", a.Name ?? "", a.Kind ?? "", a.ParentCode)).ToList(), cancellationToken);
        return ApiProblems.From(result) ?? TypedResults.Ok(new { changed = result.Changed });
    }

    private static async Task<IResult> MergeAsync(
        string code, HttpRequest request, IAreaRegistry areas, IStationRegistry stations, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<MergeRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(body!.Into))
        {
            return ApiProblems.Field("into", "must name the area that absorbs this one");
        }

        var moved = await stations.ListAsync([code], cancellationToken);
        if (ApiProblems.From(await areas.MergeAsync(code, body.Into, cancellationToken)) is { } refused)
        {
            return refused;
        }

        await Task.WhenAll(moved.Select(s => grains.GetGrain<IStationGrain>(s.Id).RefreshRegistrationAsync()));
        return TypedResults.Ok(new { merged = code, into = body.Into, stationsMoved = moved.Count });
    }
}
