namespace CommuneRadio.Mqtt.Tests.Fakes;

/// <summary>Records a client's state changes and lets a test await a given state.</summary>
public sealed class StateRecorder
{
    private readonly Lock _lock = new();
    private readonly List<MqttClientStateChangedEventArgs> _changes = [];
    private readonly List<(Func<MqttClientStateChangedEventArgs, bool> Match, TaskCompletionSource<MqttClientStateChangedEventArgs> Signal, int From)> _waiters = [];

    public StateRecorder(IMqttClient client) => client.StateChanged += (_, change) => Record(change);

    public IReadOnlyList<MqttClientStateChangedEventArgs> Changes
    {
        get
        {
            lock (_lock)
            {
                return [.. _changes];
            }
        }
    }

    /// <summary>Index to pass to <see cref="WaitForAsync"/> so that only changes after this moment count.</summary>
    public int Mark()
    {
        lock (_lock)
        {
            return _changes.Count;
        }
    }

    /// <summary>The first change into <paramref name="state"/> at or after <paramref name="since"/> (see <see cref="Mark"/>).</summary>
    public Task<MqttClientStateChangedEventArgs> WaitForAsync(MqttClientState state, int since = 0)
    {
        lock (_lock)
        {
            var seen = _changes.Skip(since).FirstOrDefault(c => c.State == state);
            if (seen is not null)
            {
                return Task.FromResult(seen);
            }

            var signal = new TaskCompletionSource<MqttClientStateChangedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((c => c.State == state, signal, since));
            return signal.Task;
        }
    }

    private void Record(MqttClientStateChangedEventArgs change)
    {
        lock (_lock)
        {
            _changes.Add(change);
            foreach (var waiter in _waiters.Where(w => w.Match(change)).ToList())
            {
                waiter.Signal.TrySetResult(change);
                _waiters.Remove(waiter);
            }
        }
    }
}
