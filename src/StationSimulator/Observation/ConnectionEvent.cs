namespace CommuneRadio.StationSimulator.Observation;

/// <summary>A change of the device's link, with its boot number (1 for the first boot, +1 per restart).</summary>
public sealed record ConnectionEvent(ConnectionEventKind Kind, int Boot, DateTimeOffset At);
