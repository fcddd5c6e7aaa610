using System.Text;
using System.Text.Json;

namespace CommuneRadio.Cli.Api;

/// <summary>An RFC 7807 problem-details answer of the Silo: status, title, detail and the problems per field.</summary>
public sealed record Problem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>Reads a problem body; a body that is not one becomes a problem holding its first line.</summary>
    public static Problem Read(int status, string? reason, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in fields.EnumerateObject())
                    {
                        errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(e => e.ToString())]
                            : [field.Value.ToString()];
                    }
                }

                return new Problem(status, Text(root, "title") ?? reason, Text(root, "detail"), errors);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, plain text): shown as it is below.
        }

        var firstLine = body.Split('\n', 2)[0].Trim();
        return new Problem(status, reason, firstLine.Length > 0 ? firstLine[..Math.Min(firstLine.Length, 300)] : null, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// The problem as an operator reads it: <c>HTTP 400: title</c>, then the detail, or one line per
    /// field (the detail of a validation problem only repeats them).
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder($"HTTP {Status}: {Title ?? "request refused"}");
        if (Errors.Count > 0)
        {
            foreach (var (field, problems) in Errors.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                foreach (var problem in problems)
                {
                    text.Append('\n').Append("  ").Append(field).Append(": ").Append(problem);
                }
            }
        }
        else if (!string.IsNullOrWhiteSpace(Detail))
        {
            text.Append('\n').Append("  ").Append(Detail);
        }

        return text.ToString();
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
