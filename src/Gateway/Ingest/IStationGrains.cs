using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Gateway.Ingest;

/// <summary>The station grain a device message goes to: Orleans in the Silo, a recording stand-in in gateway tests and benches.</summary>
public interface IStationGrains
{
    IStationGrain Grain(string stationId);
}
