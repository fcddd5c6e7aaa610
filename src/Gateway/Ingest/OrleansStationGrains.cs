using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Gateway.Ingest;

/// <summary>Station grains through the silo's grain factory.</summary>
public sealed class OrleansStationGrains(IGrainFactory grains) : IStationGrains
{
    public IStationGrain Grain(string stationId) => grains.GetGrain<IStationGrain>(stationId);
}
