namespace CommuneRadio.Grains.Registry.Stations;

/// <summary>Where a station was, from when until when (<see cref="To"/> null: still there).</summary>
public sealed record StationAreaPeriod(string AreaCode, DateTimeOffset From, DateTimeOffset? To);
