using System.Threading.Tasks.Sources;

namespace CommuneRadio.Mqtt.Internal;

/// <summary>
/// An auto-reset signal with a single waiter, awaited without allocating: the sender's writer loop
/// waits on it and publishers set it. Sets that happen while nobody waits collapse into one. The
/// waiter's continuation always runs on the thread pool, never inside <see cref="Set"/> (which
/// publishers call while holding a lock).
/// </summary>
internal sealed class AsyncSignal : IValueTaskSource
{
    private const int Unset = 0;
    private const int Signalled = 1;
    private const int Waiting = 2;

    private ManualResetValueTaskSourceCore<bool> _core = new() { RunContinuationsAsynchronously = true };
    private int _state;

    public void Set()
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state == Signalled)
            {
                return;
            }

            if (state == Unset)
            {
                if (Interlocked.CompareExchange(ref _state, Signalled, Unset) == Unset)
                {
                    return;
                }
            }
            else if (Interlocked.CompareExchange(ref _state, Unset, Waiting) == Waiting)
            {
                _core.SetResult(true);
                return;
            }
        }
    }

    /// <summary>Completes at once when set since the last wait, otherwise at the next <see cref="Set"/>. One waiter at a time.</summary>
    public ValueTask WaitAsync()
    {
        while (true)
        {
            if (Interlocked.CompareExchange(ref _state, Unset, Signalled) == Signalled)
            {
                return ValueTask.CompletedTask;
            }

            _core.Reset();
            if (Interlocked.CompareExchange(ref _state, Waiting, Unset) == Unset)
            {
                return new ValueTask(this, _core.Version);
            }
        }
    }

    void IValueTaskSource.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
