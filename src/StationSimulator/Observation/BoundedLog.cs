namespace CommuneRadio.StationSimulator.Observation;

/// <summary>A list that keeps at most its capacity, dropping the older half when full. Not thread-safe.</summary>
internal sealed class BoundedLog<T>(int capacity)
{
    private readonly List<T> _items = [];

    public IReadOnlyList<T> Items => _items;

    public void Add(T item)
    {
        if (_items.Count >= capacity)
        {
            _items.RemoveRange(0, Math.Max(1, capacity / 2));
        }

        _items.Add(item);
    }

    public T[] ToArray() => [.. _items];
}
