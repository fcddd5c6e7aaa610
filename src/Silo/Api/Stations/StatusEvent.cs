namespace CommuneRadio.Silo.Api.Stations;

/// <summary>One streamed status change; <see cref="Missed"/> counts earlier events this client lost by falling behind.</summary>
public sealed record StatusEvent(string StationId, string? DeviceId, string State, DateTimeOffset At, string Reason, long Missed);
