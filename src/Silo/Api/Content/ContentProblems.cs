namespace CommuneRadio.Silo.Api.Content;

/// <summary>The content library's problem answers beyond <see cref="ApiProblems"/>: oversize (413), not audio (415), a step that the item's state forbids (409).</summary>
public static class ContentProblems
{
    public static IResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "'file' is too large",
        detail: $"An uploaded file may be at most {limit} bytes ({limit / (1024 * 1024.0):0.#} MiB).",
        extensions: new Dictionary<string, object?> { ["field"] = "file", ["limit"] = limit });

    public static IResult NotAudio(string problem) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: $"'file' {problem}",
        detail: "Upload MP3, WAV or Ogg/Opus audio.",
        extensions: new Dictionary<string, object?> { ["field"] = "file" });

    public static IResult State(string contentId, string problem) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: problem,
        extensions: new Dictionary<string, object?> { ["field"] = "status", ["contentId"] = contentId });

    public static IResult Forbidden(string problem) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: problem);
}
