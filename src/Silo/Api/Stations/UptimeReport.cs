namespace CommuneRadio.Silo.Api.Stations;

/// <summary>Answer of <c>GET /api/stations/{id}/uptime</c>: the station's roll-up and each device over a local day (so far).</summary>
public sealed record UptimeReport(string StationId, DateOnly Date, DateTimeOffset From, DateTimeOffset To, UptimeEntry Station, IReadOnlyList<UptimeEntry> Devices);
