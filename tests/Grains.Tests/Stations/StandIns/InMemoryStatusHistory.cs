using System.Collections.Concurrent;
using CommuneRadio.Grains.Events;

namespace CommuneRadio.Grains.Tests.Stations.StandIns;

/// <summary>The status history in a list, for unit tests of the station grain's logic.</summary>
public sealed class InMemoryStatusHistory : IStatusHistory
{
    private readonly ConcurrentQueue<StatusTransition> _transitions = new();

    public IReadOnlyList<StatusTransition> All => _transitions.ToList();

    public Task AppendAsync(StatusTransition transition, CancellationToken cancellationToken = default)
    {
        _transitions.Enqueue(transition);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StatusTransition>> ReadAsync(
        string stationId, string? deviceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StatusTransition>>(_transitions
            .Where(t => t.StationId == stationId && (deviceId is null || t.DeviceId == deviceId) && t.At >= from && t.At < to)
            .ToList());

    public Task<IReadOnlyDictionary<string, StatusTransition>> LatestAsync(
        string stationId, DateTimeOffset? before = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, StatusTransition>>(_transitions
            .Where(t => t.StationId == stationId && (before is null || t.At < before))
            .GroupBy(t => t.DeviceId ?? "")
            .ToDictionary(g => g.Key, g => g.Last()));
}
