using CommuneRadio.Content.Library;
using CommuneRadio.Content.Media;
using Microsoft.Net.Http.Headers;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// <c>GET /api/media/{id}?expires=&amp;sig=</c>: what devices fetch, with no operator sign-in — the
/// signed link is the permission. Range requests (206), <c>ETag</c> = the file's SHA-256 with
/// <c>If-None-Match</c> (304) and <c>If-Range</c>. A bad or expired link is a 403 problem.
/// </summary>
public static class MediaApi
{
    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(MediaLinks.PathPrefix + "{id}", [HttpMethods.Get, HttpMethods.Head], FetchAsync).WithTags("Media").AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> FetchAsync(string id, long? expires, string? sig, IContentStore store, MediaLinks links, MediaStore media, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { Media: { } file } item || item.Status == ContentStatus.Archived)
        {
            return ApiProblems.NotFound("Media", id);
        }

        if (links.Problem(id, file, expires, sig) is { } problem)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: $"{problem}; ask for a new link (GET /api/content/{id}/link)");
        }

        return TypedResults.PhysicalFile(
            media.PathOf(file),
            file.MediaType,
            enableRangeProcessing: true,
            lastModified: item.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }
}
