namespace CommuneRadio.Grains.Events;

/// <summary>
/// A device going online or offline (<see cref="DeviceId"/> set, <see cref="State"/> "online" or
/// "offline"), or a station's roll-up changing (<see cref="DeviceId"/> null, "up", "degraded",
/// "down"). Persisted for uptime reports and streamed to the console.
/// </summary>
public sealed record StatusTransition(string StationId, string? DeviceId, string State, DateTimeOffset At, string Reason);
