using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Silo.Api;

/// <summary>Problem-details answers that name what is wrong: the field for a 400, the resource for a 404.</summary>
public static class ApiProblems
{
    public static IResult Field(string field, string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] }, title: $"'{field}' {problem}");

    public static IResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"There is no {what.ToLowerInvariant()} '{id}'.");

    public static IResult Conflict(string field, string problem) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"'{field}' {problem}", extensions: new Dictionary<string, object?> { ["field"] = field });

    /// <summary>Maps a registry refusal to its answer; null when the registry succeeded.</summary>
    public static IResult? From(RegistryResult result) => result.Status switch
    {
        RegistryStatus.Ok => null,
        RegistryStatus.Invalid => Field(result.Field ?? "body", result.Problem ?? "is invalid"),
        RegistryStatus.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: result.Problem ?? "not found", extensions: new Dictionary<string, object?> { ["field"] = result.Field }),
        RegistryStatus.Conflict => Conflict(result.Field ?? "id", result.Problem ?? "already exists"),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };
}
