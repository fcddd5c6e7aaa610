using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Grains.Devices;

/// <summary>Calls <see cref="IStationGrain.RefreshRegistrationAsync"/> on the station's grain.</summary>
public sealed class GrainStationNotifier(IGrainFactory grains) : IStationNotifier
{
    public Task RegistrationChangedAsync(string stationId, CancellationToken cancellationToken = default) =>
        grains.GetGrain<IStationGrain>(stationId).RefreshRegistrationAsync().WaitAsync(cancellationToken);
}
