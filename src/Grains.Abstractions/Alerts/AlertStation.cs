namespace CommuneRadio.Grains.Alerts;

/// <summary>A station an alert targets, as it was when the alert reached it; <see cref="Dispatched"/> once the station grain took the order.</summary>
[GenerateSerializer, Immutable, Alias("cr.AlertStation")]
public sealed record AlertStation([property: Id(0)] string StationId, [property: Id(1)] string Name, [property: Id(2)] string AreaCode, [property: Id(3)] int Devices, [property: Id(4)] bool Dispatched);
