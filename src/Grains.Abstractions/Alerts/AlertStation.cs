namespace CommuneRadio.Grains.Alerts;

/// <summary>A station an alert targets, as it was when the alert reached it; <see cref="Dispatched"/> once the station grain took the order.</summary>
public sealed record AlertStation(string StationId, string Name, string AreaCode, int Devices, bool Dispatched);
