namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// Tells live alerts about a station that joined their areas (created, moved, devices added), so
/// it gets what is on air at once instead of at the next sweep. Fire and forget: a station grain
/// calls it inside its turn and must not wait on an alert grain that may be waiting on it.
/// </summary>
public interface ILiveAlerts
{
    void StationRegistered(string stationId, string areaCode);
}
