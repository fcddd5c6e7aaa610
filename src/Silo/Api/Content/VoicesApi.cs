using CommuneRadio.Content;
using CommuneRadio.Content.Speech;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Silo.Auth;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// The text-to-speech voice per area, <c>/api/content/voices/{areaCode}</c>: GET the voice the area
/// speaks with and where it comes from; PUT <c>{"voice"}</c> to set it for the area and everything
/// below it (on a province: the province's default); DELETE to inherit again. Changes need
/// CommuneOperator or above over the area, and are audited.
/// </summary>
public static class VoicesApi
{
    public static RouteGroupBuilder MapVoicesApi(this RouteGroupBuilder content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.MapGet("/voices/{areaCode}", GetAsync);
        content.MapPut("/voices/{areaCode}", SetAsync);
        content.MapDelete("/voices/{areaCode}", ClearAsync);
        return content;
    }

    private static async Task<IResult> GetAsync(
        string areaCode, IAreaRegistry areas, AreaLineage lineage, IVoiceSettings voices, OperatorAccess access, IOptions<ContentOptions> options, CancellationToken ct)
    {
        if (await areas.GetAsync(areaCode, ct) is null)
        {
            return ApiProblems.NotFound("Area", areaCode);
        }

        if (await access.CanReadAsync(areaCode, ct) is { Allowed: false } refused)
        {
            return await access.RefuseAsync(refused, "GET content voice", areaCode, ct);
        }

        var ancestry = await lineage.OfAsync(areaCode, ct);
        var chosen = VoiceChoice.Resolve(ancestry, await voices.OfAsync(ancestry, ct), options.Value.DefaultVoice);
        return TypedResults.Ok(new AreaVoice(areaCode, chosen.Voice, chosen.SetOnArea, Voices.All));
    }

    private static async Task<IResult> SetAsync(
        string areaCode, HttpContext context, IAreaRegistry areas, IVoiceSettings voices, OperatorAccess access, ContentAuditTrail trail,
        CurrentOperator current, TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await JsonBody.ReadAsync<VoiceRequest>(context.Request, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (await areas.GetAsync(areaCode, ct) is null)
        {
            return ApiProblems.NotFound("Area", areaCode);
        }

        if (await access.CanWriteAsync(areaCode, ct) is { Allowed: false } refused)
        {
            return await access.RefuseAsync(refused, ContentAuditTrail.Voice, areaCode, ct);
        }

        var voice = request!.Voice?.Trim();
        if (!Voices.IsKnown(voice))
        {
            return await trail.RefusedAsync(ContentAuditTrail.Voice, areaCode, "voice", Voices.Problem, cancellationToken: ct);
        }

        await voices.SetAsync(areaCode, voice!, current.Require().Username, time.GetUtcNow(), ct);
        await trail.RecordVoiceAsync(areaCode, voice, ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> ClearAsync(string areaCode, IVoiceSettings voices, OperatorAccess access, ContentAuditTrail trail, CancellationToken ct)
    {
        if (await access.CanWriteAsync(areaCode, ct) is { Allowed: false } refused)
        {
            return await access.RefuseAsync(refused, ContentAuditTrail.Voice, areaCode, ct);
        }

        if (!await voices.ClearAsync(areaCode, ct))
        {
            return ApiProblems.NotFound("Voice setting", areaCode);
        }

        await trail.RecordVoiceAsync(areaCode, null, ct);
        return TypedResults.NoContent();
    }

    private sealed record AreaVoice(string AreaCode, string Voice, string? SetOnArea, IReadOnlyList<string> Voices);
}
