namespace CommuneRadio.Grains.Events;

/// <summary>One streamed change; <see cref="Missed"/> counts events this subscriber lost before it because it fell behind.</summary>
public sealed record StationEvent(StatusTransition Transition, long Missed);
