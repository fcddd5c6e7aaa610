namespace CommuneRadio.Cli.Alerts;

/// <summary>GET /api/alerts/{id} as the CLI reads it: the alert, devices per state, the share confirmed, and who has not confirmed.</summary>
public sealed record AlertProgressView(
    AlertView Alert,
    int Devices,
    int Confirmed,
    double ConfirmedPercent,
    IReadOnlyDictionary<string, int> ByState,
    IReadOnlyList<CommuneProgressView> Communes,
    IReadOnlyList<UnconfirmedStationView> Unconfirmed);

/// <summary>Devices and confirmations in one commune (by official area code).</summary>
public sealed record CommuneProgressView(string AreaCode, int Devices, int Confirmed);

/// <summary>The alert itself within <see cref="AlertProgressView"/>.</summary>
public sealed record AlertView(string Id, string Phase, string CmdId, AlertMessageView Message, string IssuedBy, string? ConfirmedBy, IReadOnlyList<AlertStationView>? Stations);

/// <summary>The content on air: what the CLI shows of it.</summary>
public sealed record AlertMessageView(string Event, string? Headline, string Status, IReadOnlyList<string> AreaCodes, DateTimeOffset Expires);

/// <summary>A station the alert targets.</summary>
public sealed record AlertStationView(string StationId, string Name, string AreaCode, int Devices);

/// <summary>A station with devices that have not confirmed; <see cref="NotReached"/> counts devices not reached at all.</summary>
public sealed record UnconfirmedStationView(string StationId, string Name, string AreaCode, IReadOnlyList<UnconfirmedDeviceView> Devices, int NotReached);

/// <summary>One device of <see cref="UnconfirmedStationView"/>, with the state it is in and why.</summary>
public sealed record UnconfirmedDeviceView(string DeviceId, string State, string? Reason);

/// <summary>A line of GET /api/alerts.</summary>
public sealed record AlertSummaryView(
    string Id, string Phase, string Status, string Event, string? Headline, IReadOnlyList<string> AreaCodes,
    string IssuedBy, string? ConfirmedBy, DateTimeOffset Sent, DateTimeOffset Expires);
