using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Grains.Tests.Stations.StandIns;

/// <summary>Every recorded delivery transition in order, for unit tests; survives a grain's reactivation like the real ledger.</summary>
public sealed class InMemoryAlertDeliveries : IAlertDeliveries
{
    private readonly ConcurrentQueue<AlertDelivery> _all = new();

    public IReadOnlyList<AlertDelivery> All => _all.ToList();

    public Task RecordAsync(IReadOnlyList<AlertDelivery> transitions, CancellationToken cancellationToken = default)
    {
        foreach (var transition in transitions)
        {
            _all.Enqueue(transition);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AlertDelivery>> CurrentAsync(string alertId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AlertDelivery>>(
            _all.Where(d => d.AlertId == alertId).GroupBy(d => (d.StationId, d.DeviceId)).Select(g => g.Last()).ToList());

    public void Forget(string alertId)
    {
    }

    public async IAsyncEnumerable<AlertDelivery> WatchAsync(string alertId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }

    /// <summary>The states one device went through for one command, in order.</summary>
    public IReadOnlyList<DeliveryState> StatesOf(string deviceId, string cmdId) =>
        _all.Where(d => d.DeviceId == deviceId && d.CmdId == cmdId).Select(d => d.State).ToList();
}
