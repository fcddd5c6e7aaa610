using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Api;

/// <summary>
/// Reads a JSON request body so that wrong types, missing required fields and malformed JSON
/// become a 400 naming the field (from the JSON path), instead of a bare "bad request".
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 1024 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return (null, ApiProblems.Field("body", $"is larger than {MaxBytes / 1024} KiB"));
        }

        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Field("body", "must be JSON (Content-Type: application/json)"));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            return value is null ? (null, ApiProblems.Field("body", "must not be null")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? MissingField(e.Message) ?? "body" : e.Path.TrimStart('$', '.');
            return (null, ApiProblems.Field(field, FirstSentence(e.Message)));
        }
    }

    // "JSON deserialization for type 'X' was missing required properties including: 'volume'."
    private static string? MissingField(string message)
    {
        var marker = message.IndexOf("including: '", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var start = marker + "including: '".Length;
        var end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
