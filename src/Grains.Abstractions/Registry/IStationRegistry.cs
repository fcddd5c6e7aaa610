namespace CommuneRadio.Grains.Registry;

/// <summary>
/// Stations and their devices, stored in PostgreSQL. Thread-safe singleton. Device credentials
/// are not here: <see cref="Devices.IDeviceEnrollment"/> adds and removes devices together with
/// their broker accounts.
/// </summary>
public interface IStationRegistry
{
    /// <summary>Stations in any of <paramref name="areaCodes"/> (all when null), ordered by id, with devices.</summary>
    Task<IReadOnlyList<StationRecord>> ListAsync(IReadOnlyCollection<string>? areaCodes = null, CancellationToken cancellationToken = default);

    Task<StationRecord?> GetAsync(string stationId, CancellationToken cancellationToken = default);

    Task<RegistryResult> CreateAsync(StationRecord station, CancellationToken cancellationToken = default);

    Task<RegistryResult> RenameAsync(string stationId, string name, CancellationToken cancellationToken = default);

    /// <summary>Moves a station to another area; its id, devices and history stay.</summary>
    Task<RegistryResult> MoveAsync(string stationId, string areaCode, CancellationToken cancellationToken = default);

    Task<RegistryResult> AddDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default);

    Task<RegistryResult> UpdateDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default);

    Task<RegistryResult> RemoveDeviceAsync(string stationId, string deviceId, CancellationToken cancellationToken = default);
}
