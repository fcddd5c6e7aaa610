namespace CommuneRadio.Grains.Events;

/// <summary>
/// A device going online or offline (<see cref="DeviceId"/> set, <see cref="State"/> "online" or
/// "offline"), or a station's roll-up changing (<see cref="DeviceId"/> null, "up", "degraded",
/// "down"). Persisted for uptime reports and streamed to the console.
/// </summary>
[GenerateSerializer, Immutable, Alias("cr.StatusTransition")]
public sealed record StatusTransition([property: Id(0)] string StationId, [property: Id(1)] string? DeviceId, [property: Id(2)] string State, [property: Id(3)] DateTimeOffset At, [property: Id(4)] string Reason);
