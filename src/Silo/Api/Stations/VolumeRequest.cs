namespace CommuneRadio.Silo.Api.Stations;

/// <summary>Body of PUT .../volume: 0–100.</summary>
public sealed record VolumeRequest(int Volume);
