namespace CommuneRadio.Grains.Devices;

/// <summary>
/// Tells a station grain that its registration changed (devices added, changed or removed; station
/// renamed or moved) so it reads the registry again. A seam so that enrollment and import can be
/// tested without a grain runtime. Thread-safe.
/// </summary>
public interface IStationNotifier
{
    Task RegistrationChangedAsync(string stationId, CancellationToken cancellationToken = default);
}
