using System.Text.Json.Serialization;

namespace CommuneRadio.Grains.Stations;

/// <summary>Source-generated JSON for station state (written on every settings change).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StationState))]
public sealed partial class StationJson : JsonSerializerContext;
