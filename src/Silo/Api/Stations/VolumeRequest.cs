using System.Text.Json.Serialization;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>Body of PUT .../volume: 0–100, required (a missing volume must not read as 0, which would mute the station).</summary>
public sealed record VolumeRequest([property: JsonRequired] int Volume);
