namespace CommuneRadio.Grains.Events;

/// <summary>One streamed change; <see cref="Missed"/> counts events this subscriber lost before it because it fell behind.</summary>
[GenerateSerializer, Immutable, Alias("cr.StationEvent")]
public sealed record StationEvent([property: Id(0)] StatusTransition Transition, [property: Id(1)] long Missed);
