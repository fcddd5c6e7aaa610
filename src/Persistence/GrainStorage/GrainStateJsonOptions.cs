using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CommuneRadio.Persistence.GrainStorage;

/// <summary>
/// How grain state becomes JSON. Components add their source-generated contexts in front of the
/// reflection fallback: <c>services.Configure&lt;GrainStateJsonOptions&gt;(o =&gt; o.AddContext(StationJson.Default))</c>.
/// </summary>
public sealed class GrainStateJsonOptions
{
    public JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.General)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public GrainStateJsonOptions AddContext(IJsonTypeInfoResolver context)
    {
        SerializerOptions.TypeInfoResolverChain.Insert(0, context);
        return this;
    }
}
