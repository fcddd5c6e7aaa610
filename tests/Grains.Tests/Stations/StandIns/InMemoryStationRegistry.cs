using System.Collections.Concurrent;
using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Tests.Stations.StandIns;

/// <summary>Stations in a dictionary, for unit tests of the station grain's logic.</summary>
public sealed class InMemoryStationRegistry : IStationRegistry
{
    private readonly ConcurrentDictionary<string, StationRecord> _stations = new();

    public void Put(StationRecord station) => _stations[station.Id] = station;

    public Task<IReadOnlyList<StationRecord>> ListAsync(IReadOnlyCollection<string>? areaCodes = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StationRecord>>(_stations.Values.Where(s => areaCodes is null || areaCodes.Contains(s.AreaCode)).OrderBy(s => s.Id).ToList());

    public Task<StationRecord?> GetAsync(string stationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_stations.GetValueOrDefault(stationId));

    public Task<RegistryResult> CreateAsync(StationRecord station, CancellationToken cancellationToken = default) =>
        Task.FromResult(_stations.TryAdd(station.Id, station) ? RegistryResult.Ok() : RegistryResult.Conflict("id", "exists"));

    public Task<RegistryResult> RenameAsync(string stationId, string name, CancellationToken cancellationToken = default) =>
        Change(stationId, s => s with { Name = name });

    public Task<RegistryResult> MoveAsync(string stationId, string areaCode, CancellationToken cancellationToken = default) =>
        Change(stationId, s => s with { AreaCode = areaCode });

    public Task<RegistryResult> AddDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default) =>
        Change(stationId, s => s with { Devices = [.. s.Devices, device] });

    public Task<RegistryResult> UpdateDeviceAsync(string stationId, DeviceRecord device, CancellationToken cancellationToken = default) =>
        Change(stationId, s => s with { Devices = s.Devices.Select(d => d.Id == device.Id ? device : d).ToList() });

    public Task<RegistryResult> RemoveDeviceAsync(string stationId, string deviceId, CancellationToken cancellationToken = default) =>
        Change(stationId, s => s with { Devices = s.Devices.Where(d => d.Id != deviceId).ToList() });

    private Task<RegistryResult> Change(string stationId, Func<StationRecord, StationRecord> change)
    {
        if (!_stations.TryGetValue(stationId, out var station))
        {
            return Task.FromResult(RegistryResult.NotFound("stationId", "unknown station"));
        }

        _stations[stationId] = change(station);
        return Task.FromResult(RegistryResult.Ok());
    }
}
