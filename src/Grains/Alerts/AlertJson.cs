using System.Text.Json.Serialization;

namespace CommuneRadio.Grains.Alerts;

/// <summary>Source-generated JSON for alert state (written on every step of an alert).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AlertState))]
public sealed partial class AlertJson : JsonSerializerContext;
