namespace CommuneRadio.Grains.Alerts;

/// <summary>One device's move to a new <see cref="DeliveryState"/> for one alert (the command <see cref="CmdId"/> carrying its current content).</summary>
public sealed record AlertDelivery(
    string AlertId,
    string StationId,
    string DeviceId,
    string CmdId,
    DeliveryState State,
    string? Reason,
    DateTimeOffset At);
