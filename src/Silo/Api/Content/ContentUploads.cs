using CommuneRadio.Content;
using CommuneRadio.Content.Audio;
using CommuneRadio.Content.Library;
using CommuneRadio.Content.Media;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// <c>POST /api/content/audio</c>, <c>multipart/form-data</c> with fields <c>title</c>,
/// <c>areaCodes</c> (repeated, or comma-separated) and <c>file</c>. The file's type is judged from
/// its bytes; oversize is a 413, not audio a 415, damaged or truncated audio a 400 naming
/// <c>file</c>; every refusal is audited and nothing is stored. Scoped per request.
/// </summary>
public sealed class ContentUploads(ContentDrafts drafts, MediaStore media, ContentAuditTrail trail, IOptions<ContentOptions> options)
{
    // Room for the multipart boundaries and the other fields around the file.
    private const long FormOverhead = 64 * 1024;

    public async Task<IResult> UploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.MaxUploadBytes;
        const string action = ContentAuditTrail.Upload;
        if (request.ContentLength > limit + FormOverhead)
        {
            return await trail.RefusedAsync(action, null, "file", $"is larger than {limit} bytes", ContentProblems.TooLarge(limit), cancellationToken);
        }

        if (!request.HasFormContentType)
        {
            return await trail.RefusedAsync(action, null, "body", "must be multipart/form-data with fields title, areaCodes and file", cancellationToken: cancellationToken);
        }

        // The server stops reading past the limit too, also for a body sent without a Content-Length.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + FormOverhead;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + FormOverhead }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return await trail.RefusedAsync(action, null, "file", $"is larger than {limit} bytes", ContentProblems.TooLarge(limit), cancellationToken);
        }

        var areaCodes = form["areaCodes"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList<string?>();
        var (draft, problem) = await drafts.StartAsync(ContentKind.Audio, form["title"].FirstOrDefault(), areaCodes, cancellationToken, action);
        if (draft is null)
        {
            return problem!;
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return await trail.RefusedAsync(action, null, "file", "is required (a form field named 'file')", cancellationToken: cancellationToken);
        }

        if (file.Length > limit)
        {
            return await trail.RefusedAsync(action, null, "file", $"is larger than {limit} bytes", ContentProblems.TooLarge(limit), cancellationToken);
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        var probe = AudioProbe.Read(bytes);
        if (probe.Info is not { } audio)
        {
            return probe.Unsupported
                ? await trail.RefusedAsync(action, null, "file", probe.Problem!, ContentProblems.NotAudio(probe.Problem!), cancellationToken)
                : await trail.RefusedAsync(action, null, "file", probe.Problem!, cancellationToken: cancellationToken);
        }

        var stored = await media.SaveAsync(draft.Id, bytes, audio, cancellationToken);
        return await drafts.StoreAsync(action, draft with { Media = stored }, cancellationToken);
    }
}
