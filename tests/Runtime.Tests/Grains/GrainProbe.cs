using System.Collections.Concurrent;

namespace CommuneRadio.Runtime.Tests.Grains;

/// <summary>What test grains report of their lifecycle, so tests can await it instead of sleeping.</summary>
public sealed class GrainProbe
{
    private readonly ConcurrentQueue<string> _events = new();
    private readonly Lock _gate = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyCollection<string> Events => _events;

    public int Count(string prefix) => _events.Count(e => e.StartsWith(prefix, StringComparison.Ordinal));

    public void Record(string @event)
    {
        _events.Enqueue(@event);
        lock (_gate)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(@event)).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes when an event equal to <paramref name="event"/> was (or will be) recorded.</summary>
    public Task WaitFor(string @event)
    {
        lock (_gate)
        {
            if (_events.Contains(@event))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((e => e == @event, signal));
            return signal.Task;
        }
    }
}
