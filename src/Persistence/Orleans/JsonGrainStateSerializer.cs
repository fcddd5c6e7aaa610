using System.Text.Json;
using Orleans.Storage;

namespace CommuneRadio.Persistence.OrleansAdoNet;

/// <summary>
/// Grain state as plain JSON (System.Text.Json, camelCase), with no .NET type names in it, so
/// renaming or moving a state class does not orphan its rows and an engineer can read the state
/// in psql. Thread-safe; one instance serves every grain of a storage provider.
/// </summary>
public sealed class JsonGrainStateSerializer(JsonSerializerOptions? options = null) : IGrainStorageSerializer
{
    /// <summary>The options used when none are given: web defaults (camelCase), metadata in any order (jsonb reorders keys).</summary>
    public static JsonSerializerOptions DefaultOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        AllowOutOfOrderMetadataProperties = true,
    };

    private readonly JsonSerializerOptions _options = options ?? DefaultOptions;

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, _options));

    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return JsonSerializer.Deserialize<T>(input.ToMemory().Span, _options)!;
    }
}
