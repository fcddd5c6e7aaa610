using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Commands;

/// <summary>
/// The latest state of each command a device has seen, so that a cmdId seen again is acked with
/// where it got to instead of being replayed. Remembers a bounded number; the oldest go first.
/// Not thread-safe: used under the device's lock.
/// </summary>
internal sealed class CommandRecords(int capacity)
{
    private readonly Dictionary<string, (AckState State, string? Reason)> _latest = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public bool TryGetLatest(string cmdId, out AckState state, out string? reason)
    {
        var found = _latest.TryGetValue(cmdId, out var latest);
        (state, reason) = latest;
        return found;
    }

    public void Record(string cmdId, AckState state, string? reason)
    {
        if (!_latest.ContainsKey(cmdId))
        {
            if (_order.Count >= capacity)
            {
                _latest.Remove(_order.Dequeue());
            }

            _order.Enqueue(cmdId);
        }

        _latest[cmdId] = (state, reason);
    }
}
