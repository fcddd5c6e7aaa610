using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Tests.Stations.StandIns;

/// <summary>No alert is live: station unit tests that do not involve alert grains.</summary>
public sealed class NoLiveAlerts : ILiveAlerts
{
    public void StationRegistered(string stationId, string areaCode)
    {
    }
}
