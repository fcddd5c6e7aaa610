using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Tests.Devices.StandIns;

/// <summary>The real registry, except that adding a device fails as a lost database connection would.</summary>
public sealed class FailingStationRegistry(IStationRegistry inner) : IStationRegistry
{
    public Task<IReadOnlyList<StationRecord>> ListAsync(IReadOnlyCollection<string>? areaCodes = null, CancellationToken cancellationToken = default) =>
        inner.ListAsync(areaCodes, cancellationToken);

    public Task<StationRecord?> GetAsync(string stationId, CancellationToken cancellationToken = default) => inner.GetAsync(stationId, cancellationToken);

    public Task<RegistryResult> CreateAsync(StationRecord station, CancellationToken cancellationToken = default) =>
        inner.CreateAsync(station, cancellationToken);

    public Task<RegistryResult> RenameAsync(string stationId, string name, CancellationToken cancellationToken = default) =>
        inner.RenameAsync(stationId, name, cancellationToken);

    public Task<RegistryResult> MoveAsync(string stationId, string areaCode, CancellationToken cancellationToken = default) =>
        inner.MoveAsync(stationId, areaCode, cancellationToken);

    public Task<RegistryResult> AddDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default) =>
        Task.FromException<RegistryResult>(new InvalidOperationException("database connection lost (stand-in fault)"));

    public Task<RegistryResult> UpdateDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default) =>
        inner.UpdateDeviceAsync(stationId, device, cancellationToken);

    public Task<RegistryResult> RemoveDeviceAsync(string stationId, string deviceId, CancellationToken cancellationToken = default) =>
        inner.RemoveDeviceAsync(stationId, deviceId, cancellationToken);
}
