using CommuneRadio.Content;
using CommuneRadio.Content.Library;
using CommuneRadio.Content.Media;
using CommuneRadio.Grains.Operators;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Silo.Auth;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// The content library, <c>/api/content</c>: list and read items in the operator's scope, draft
/// (<c>/audio</c> upload, <c>/tts</c>, <c>/stream</c>, <c>/fm</c>), <c>/{id}/approve</c>,
/// <c>/{id}/archive</c>, <c>/{id}/link</c> (a signed media link for devices), and the voice of each
/// area (<c>/voices/{areaCode}</c>). Media itself is served by <see cref="MediaApi"/> without sign-in.
/// </summary>
public static class ContentApi
{
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapContentLibraryApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content").WithTags("Content");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/{id}/link", LinkAsync);
        group.MapPost("/audio", (HttpContext context, ContentUploads uploads, CancellationToken ct) => uploads.UploadAsync(context.Request, ct));
        group.MapPost("/tts", TtsAsync);
        group.MapPost("/stream", StreamAsync);
        group.MapPost("/fm", FmAsync);
        group.MapPost("/{id}/approve", (string id, ContentSteps steps, CancellationToken ct) => steps.ApproveAsync(id, ct));
        group.MapPost("/{id}/archive", (string id, ContentSteps steps, CancellationToken ct) => steps.ArchiveAsync(id, ct));
        group.MapVoicesApi();
        return endpoints;
    }

    private static async Task<IResult> TtsAsync(HttpContext context, ContentDrafts drafts, CancellationToken ct)
    {
        var (request, problem) = await JsonBody.ReadAsync<TtsRequest>(context.Request, ct);
        return problem ?? await drafts.TtsAsync(request!, ct);
    }

    private static async Task<IResult> StreamAsync(HttpContext context, ContentDrafts drafts, CancellationToken ct)
    {
        var (request, problem) = await JsonBody.ReadAsync<StreamRequest>(context.Request, ct);
        return problem ?? await drafts.StreamAsync(request!, ct);
    }

    private static async Task<IResult> FmAsync(HttpContext context, ContentDrafts drafts, CancellationToken ct)
    {
        var (request, problem) = await JsonBody.ReadAsync<FmRequest>(context.Request, ct);
        return problem ?? await drafts.FmAsync(request!, ct);
    }

    /// <summary>Items meant for at least one area in the operator's scopes, newest first; <c>status</c> draft, approved or archived.</summary>
    private static async Task<IResult> ListAsync(
        string? status, int? offset, int? limit, IContentStore store, CurrentOperator current, IAreaRegistry areas, CancellationToken ct)
    {
        ContentStatus? wanted = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ContentStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return ApiProblems.Field("status", "must be one of draft, approved, archived");
            }

            wanted = parsed;
        }

        if (offset is < 0)
        {
            return ApiProblems.Field("offset", "must not be negative");
        }

        if (limit is < 1 or > MaxPageSize)
        {
            return ApiProblems.Field("limit", $"must be between 1 and {MaxPageSize}");
        }

        var items = await store.ListAsync(wanted, await ScopeAsync(current, areas, ct), offset ?? 0, limit ?? 50, ct);
        return TypedResults.Ok(items.Select(ContentView.Of).ToList());
    }

    private static async Task<IResult> GetAsync(string id, IContentStore store, ContentTargets targets, OperatorAccess access, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } item)
        {
            return ApiProblems.NotFound("Content", id);
        }

        var decision = await targets.CanReadAsync(item, ct);
        return decision.Allowed ? TypedResults.Ok(ContentView.Of(item)) : await access.RefuseAsync(decision, "GET content", id, ct);
    }

    /// <summary>A signed link to the item's media, valid for <c>Content:LinkLifetime</c>: what a device is sent.</summary>
    private static async Task<IResult> LinkAsync(
        string id, IContentStore store, ContentTargets targets, OperatorAccess access, MediaLinks links, IOptions<ContentOptions> options, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } item)
        {
            return ApiProblems.NotFound("Content", id);
        }

        var decision = await targets.CanReadAsync(item, ct);
        if (!decision.Allowed)
        {
            return await access.RefuseAsync(decision, "GET content link", id, ct);
        }

        return item switch
        {
            { Media: null } => ContentProblems.State(id, $"'{id}' is a {item.Kind} relay and has no media file"),
            { Status: ContentStatus.Archived } => ContentProblems.State(id, $"'{id}' is archived"),
            _ => TypedResults.Ok(links.Create(id, item.Media, options.Value.LinkLifetime)),
        };
    }

    /// <summary>Every area below the operator's scopes; null for a scope of every area.</summary>
    private static async Task<IReadOnlyCollection<string>?> ScopeAsync(CurrentOperator current, IAreaRegistry areas, CancellationToken ct)
    {
        if (current.Roles.Any(r => r.AreaCode == RoleAssignment.WholeTree))
        {
            return null;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in current.Roles)
        {
            codes.UnionWith(await areas.SubtreeAsync(role.AreaCode, ct));
        }

        return codes;
    }
}
