namespace CommuneRadio.Silo.Api.Stations;

/// <summary>Body of POST /api/stations; on PUT /api/stations/{id}, the given fields change (name renames, areaCode moves).</summary>
public sealed record StationRequest(string? Id, string? Name, string? AreaCode);
