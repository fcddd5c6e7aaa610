namespace CommuneRadio.Cli.Stations;

/// <summary>One page of GET /api/stations.</summary>
public sealed record StationPageView(IReadOnlyList<StationSummaryView> Items, int Page, int PageSize, int Total);

/// <summary>A station in the list: its roll-up (up, degraded, down) and devices online.</summary>
public sealed record StationSummaryView(string Id, string Name, string AreaCode, string Health, DateTimeOffset? HealthSince, int Devices, int OnlineDevices);
