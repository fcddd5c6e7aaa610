using CommuneRadio.Content;
using CommuneRadio.Content.Library;
using CommuneRadio.Content.Media;
using CommuneRadio.Content.Speech;
using CommuneRadio.Silo.Auth;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// Drafts of text-to-speech, stream relay and FM relay items: validates the request (problems name
/// the field), checks the operator's scope over every target area, stores the draft and audits
/// each step. Uploaded audio is <see cref="ContentUploads"/>. Scoped per request.
/// </summary>
public sealed partial class ContentDrafts(
    IContentStore store,
    MediaStore media,
    TextToSpeech speech,
    IVoiceSettings voices,
    AreaLineage lineage,
    ContentTargets targets,
    ContentAuditTrail trail,
    CurrentOperator current,
    TimeProvider time,
    IOptions<ContentOptions> options,
    ILogger<ContentDrafts> logger)
{
    public async Task<IResult> TtsAsync(TtsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (draft, problem) = await StartAsync(ContentKind.Tts, request.Title, request.AreaCodes, cancellationToken);
        if (draft is null)
        {
            return problem!;
        }

        if (ContentText.SpeechProblem(request.Text, options.Value.MaxSpeechCharacters) is { } bad)
        {
            return await trail.RefusedAsync(ContentAuditTrail.Draft, null, "text", bad, cancellationToken: cancellationToken);
        }

        var (voice, voiceProblem) = await VoiceAsync(request.Voice, draft.AreaCodes, cancellationToken);
        if (voice is null)
        {
            return await trail.RefusedAsync(ContentAuditTrail.Draft, null, "voice", voiceProblem!, cancellationToken: cancellationToken);
        }

        var text = ContentText.Normalize(request.Text!);
        var output = media.NewTempPath(speech.OutputExtension);
        try
        {
            var audio = await speech.SpeakAsync(text, voice, output, $"content {draft.Id}", cancellationToken);
            var file = await media.AdoptAsync(draft.Id, output, audio, cancellationToken);
            return await StoreAsync(ContentAuditTrail.Draft, draft with { Text = text, Voice = voice, Media = file }, cancellationToken);
        }
        catch (SpeechException e)
        {
            LogSpeechFailed(logger, e, draft.Id);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Text-to-speech failed", detail: e.Message);
        }
        finally
        {
            File.Delete(output);
        }
    }

    public async Task<IResult> StreamAsync(StreamRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (draft, problem) = await StartAsync(ContentKind.Stream, request.Title, request.AreaCodes, cancellationToken);
        if (draft is null)
        {
            return problem!;
        }

        return RelayRules.StreamUrlProblem(request.Url) is { } bad
            ? await trail.RefusedAsync(ContentAuditTrail.Draft, null, "url", bad, cancellationToken: cancellationToken)
            : await StoreAsync(ContentAuditTrail.Draft, draft with { StreamUrl = request.Url!.Trim() }, cancellationToken);
    }

    public async Task<IResult> FmAsync(FmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (draft, problem) = await StartAsync(ContentKind.Fm, request.Title, request.AreaCodes, cancellationToken);
        if (draft is null)
        {
            return problem!;
        }

        return RelayRules.FrequencyProblem(request.FrequencyMHz) is { } bad
            ? await trail.RefusedAsync(ContentAuditTrail.Draft, null, "frequencyMHz", bad, cancellationToken: cancellationToken)
            : await StoreAsync(ContentAuditTrail.Draft, draft with { FrequencyMHz = Math.Round(request.FrequencyMHz!.Value, 2) }, cancellationToken);
    }

    /// <summary>A draft with a checked title and target areas, not yet stored; or the problem (audited).</summary>
    internal async Task<(ContentItem? Draft, IResult? Problem)> StartAsync(
        ContentKind kind, string? title, IReadOnlyList<string?>? areaCodes, CancellationToken cancellationToken, string action = ContentAuditTrail.Draft)
    {
        if (ContentText.TitleProblem(title) is { } bad)
        {
            return (null, await trail.RefusedAsync(action, null, "title", bad, cancellationToken: cancellationToken));
        }

        var (codes, problem) = await targets.ReadAsync(areaCodes, action, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var item = new ContentItem(ContentItem.NewId(), kind, ContentText.Normalize(title!), codes, ContentStatus.Draft, current.Require().Username, time.GetUtcNow());
        return (item, null);
    }

    /// <summary>Stores the draft (removing its media file if the row cannot be stored), audits it, answers 201.</summary>
    internal async Task<IResult> StoreAsync(string action, ContentItem item, CancellationToken cancellationToken)
    {
        try
        {
            await store.AddAsync(item, cancellationToken);
        }
        catch
        {
            if (item.Media is { } file)
            {
                media.Delete(file);
            }

            throw;
        }

        await trail.RecordAsync(action, item, cancellationToken);
        LogDrafted(logger, item.Id, item.Kind, item.Author);
        return TypedResults.Created($"/api/content/{item.Id}", ContentView.Of(item));
    }

    /// <summary>The voice asked for, else the one every target area resolves to; a problem when they disagree.</summary>
    private async Task<(string? Voice, string? Problem)> VoiceAsync(string? requested, IReadOnlyList<string> areaCodes, CancellationToken cancellationToken)
    {
        if (requested is not null)
        {
            return Voices.IsKnown(requested.Trim()) ? (requested.Trim(), null) : (null, Voices.Problem);
        }

        var chosen = new List<(string Area, string Voice)>();
        foreach (var code in areaCodes)
        {
            var ancestry = await lineage.OfAsync(code, cancellationToken);
            var settings = await voices.OfAsync(ancestry, cancellationToken);
            chosen.Add((code, VoiceChoice.Resolve(ancestry, settings, options.Value.DefaultVoice).Voice));
        }

        return chosen.Select(c => c.Voice).Distinct(StringComparer.Ordinal).Count() == 1
            ? (chosen[0].Voice, null)
            : (null, $"must be given: the target areas speak different voices ({string.Join(", ", chosen.Select(c => $"{c.Area}: {c.Voice}"))})");
    }

    [LoggerMessage(1, LogLevel.Information, "Content {ContentId} ({Kind}) drafted by {Author}")]
    private static partial void LogDrafted(ILogger logger, string contentId, ContentKind kind, string author);

    [LoggerMessage(2, LogLevel.Error, "Text-to-speech of content {ContentId} failed")]
    private static partial void LogSpeechFailed(ILogger logger, Exception exception, string contentId);
}
