namespace CommuneRadio.Silo.Api.Stations;

/// <summary>Body of PUT .../amp.</summary>
public sealed record AmpRequest(bool On);
