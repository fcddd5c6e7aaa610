using System.Text.Json.Serialization;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Province;

namespace CommuneRadio.StationSimulator;

/// <summary>Source-generated JSON for the simulator's files: camelCase, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ProvinceFile))]
[JsonSerializable(typeof(List<SimulatorCredentials>))]
internal sealed partial class SimulatorJson : JsonSerializerContext;
