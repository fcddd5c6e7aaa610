using CommuneRadio.Grains.Registry.Import;

namespace CommuneRadio.Silo.Api.Areas;

/// <summary>
/// <c>POST /api/import</c>: a province file (the JSON of samples/province) — areas, stations and
/// devices — applied idempotently. The answer counts what changed and carries the credentials of
/// the devices it enrolled, shown this once. A bad file is a 400 naming file, line and field.
/// </summary>
/// <remarks>The import service lives with the registry in the Grains project; the Silo composes both.</remarks>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/import", ImportAsync).WithTags("Areas");
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ProvinceImporter importer, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return ApiProblems.Field("body", "must be a province file as JSON (Content-Type: application/json)");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        ProvinceFile file;
        try
        {
            file = ProvinceFile.ReadJson("body", buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (ProvinceFileException e)
        {
            return TypedResults.ValidationProblem(
                e.Problems.GroupBy(p => p.Field.Length == 0 ? "body" : p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.ToString()).ToArray()),
                title: $"The province file has {e.Problems.Count} problem(s); nothing was imported");
        }

        var result = await importer.ImportAsync(file, cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(result)
            : TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [result.Problem!.Field.Length == 0 ? "body" : result.Problem.Field] = [result.Problem.ToString()] },
                title: "The import stopped at a problem; what came before it was applied and is not applied twice");
    }
}
