namespace CommuneRadio.Mqtt.Publishing;

/// <summary>
/// Unacknowledged QoS 1/2 publishes by packet identifier, and in send order. Not thread-safe:
/// guarded by the client's lock.
/// </summary>
internal sealed class OutgoingPublishStore
{
    private readonly Dictionary<ushort, OutgoingPublish> _byId = [];
    private OutgoingPublish? _first;
    private OutgoingPublish? _last;

    public int Count => _byId.Count;

    public void Add(OutgoingPublish publish)
    {
        _byId.Add(publish.PacketId, publish);
        publish.Previous = _last;
        publish.Next = null;
        if (_last is null)
        {
            _first = publish;
        }
        else
        {
            _last.Next = publish;
        }

        _last = publish;
    }

    public OutgoingPublish? Find(ushort packetId) => _byId.GetValueOrDefault(packetId);

    public void Remove(OutgoingPublish publish)
    {
        if (!_byId.Remove(publish.PacketId))
        {
            return;
        }

        if (publish.Previous is null)
        {
            _first = publish.Next;
        }
        else
        {
            publish.Previous.Next = publish.Next;
        }

        if (publish.Next is null)
        {
            _last = publish.Previous;
        }
        else
        {
            publish.Next.Previous = publish.Previous;
        }

        publish.Previous = publish.Next = null;
    }

    /// <summary>A snapshot in send order, safe to enumerate while removing.</summary>
    public List<OutgoingPublish> InSendOrder()
    {
        var list = new List<OutgoingPublish>(_byId.Count);
        for (var publish = _first; publish is not null; publish = publish.Next)
        {
            list.Add(publish);
        }

        return list;
    }
}
