namespace CommuneRadio.Mqtt.Internal;

/// <summary>
/// Packet Identifiers in use (MQTT 5.0 section 2.2.1): shared by QoS 1/2 PUBLISH, SUBSCRIBE and
/// UNSUBSCRIBE, never 0, free again once the exchange completes. Not thread-safe: guarded by the
/// client's lock.
/// </summary>
internal sealed class PacketIdentifierPool
{
    private readonly HashSet<ushort> _inUse = [];
    private ushort _last;

    public int Count => _inUse.Count;

    public ushort Allocate()
    {
        if (_inUse.Count >= ushort.MaxValue)
        {
            throw new InvalidOperationException("All 65,535 packet identifiers are in use.");
        }

        do
        {
            _last = _last == ushort.MaxValue ? (ushort)1 : (ushort)(_last + 1);
        }
        while (!_inUse.Add(_last));

        return _last;
    }

    public void Release(ushort id) => _inUse.Remove(id);

    public void Clear() => _inUse.Clear();
}
