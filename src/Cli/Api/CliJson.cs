using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommuneRadio.Cli.Api;

/// <summary>JSON as the Silo speaks it (camelCase, nulls left out) and as the CLI prints it (Vietnamese unescaped).</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    /// <summary>One document, indented, for a person or <c>jq</c>.</summary>
    public static string Pretty(JsonElement element) => JsonSerializer.Serialize(element, Indented);

    /// <summary>One document on one line: a line of an NDJSON stream.</summary>
    public static string Line(JsonElement element) => JsonSerializer.Serialize(element, Options);
}
