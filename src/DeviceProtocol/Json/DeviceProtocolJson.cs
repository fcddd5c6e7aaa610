using System.Text.Json.Serialization;

namespace CommuneRadio.DeviceProtocol;

/// <summary>Source-generated JSON for protocol v1: camelCase names, enums as their protocol strings, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(Heartbeat))]
[JsonSerializable(typeof(DeviceCommand))]
[JsonSerializable(typeof(CommandAck))]
public sealed partial class DeviceProtocolJson : JsonSerializerContext;
