namespace CommuneRadio.Grains.Alerts;

/// <summary>One device's move to a new <see cref="DeliveryState"/> for one alert (the command <see cref="CmdId"/> carrying its current content).</summary>
[GenerateSerializer, Immutable, Alias("cr.AlertDelivery")]
public sealed record AlertDelivery([property: Id(0)] string AlertId, [property: Id(1)] string StationId, [property: Id(2)] string DeviceId, [property: Id(3)] string CmdId, [property: Id(4)] DeliveryState State, [property: Id(5)] string? Reason, [property: Id(6)] DateTimeOffset At);
