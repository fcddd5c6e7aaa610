namespace CommuneRadio.Mqtt.Topics;

/// <summary>
/// Hands out one string instance per distinct received topic, so the receive path allocates no
/// string for a topic it has seen. Bounded: once <c>capacity</c> topics are held the cache starts
/// over, which keeps memory flat when topics never repeat. Not thread-safe: one per client, used
/// only by its receive loop.
/// </summary>
internal sealed class TopicCache
{
    private readonly Dictionary<string, string> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _capacity;

    public TopicCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
        _lookup = _topics.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _topics.Count;

    public string GetOrAdd(ReadOnlySpan<char> topic)
    {
        if (_lookup.TryGetValue(topic, out var cached))
        {
            return cached;
        }

        if (_topics.Count >= _capacity)
        {
            _topics.Clear();
        }

        var added = new string(topic);
        _topics[added] = added;
        return added;
    }
}
