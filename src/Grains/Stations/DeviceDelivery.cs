using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Stations;

/// <summary>Where one alert stands on one device of the station, and when the command last went out to it. Memory only; the transitions are in the delivery ledger.</summary>
internal sealed class DeviceDelivery(DeliveryState state)
{
    public DeliveryState State { get; set; } = state;

    public DateTimeOffset? LastSentAt { get; set; }

    public int Attempts { get; set; }
}
