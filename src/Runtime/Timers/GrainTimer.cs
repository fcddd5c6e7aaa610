using CommuneRadio.Runtime.Activations;

namespace CommuneRadio.Runtime.Timers;

/// <summary>
/// A grain timer. A tick queues this object on the activation as a turn (so a tick never runs
/// beside a call), and the next tick is armed only after the callback completed, so ticks never
/// overlap or pile up behind a slow callback.
/// </summary>
internal sealed class GrainTimer : WorkItem, IGrainTimer
{
    private readonly Activation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly ITimer _timer;
    private TimeSpan _period;
    private int _queued;
    private volatile bool _disposed;

    public GrainTimer(Activation activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        _activation = activation;
        _callback = callback;
        _period = period;
        activation.AddTimer(this);
        _timer = activation.Catalog.TimeProvider.CreateTimer(
            static state => ((GrainTimer)state!).OnTimerFired(), this, dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _period = period;
        _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public override async Task Execute(Activation activation)
    {
        Interlocked.Exchange(ref _queued, 0);
        if (_disposed)
        {
            return;
        }

        try
        {
            await _callback(activation.Catalog.StoppingToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            RuntimeLog.TimerFailed(activation.Catalog.Logger, activation.Id, e);
        }

        if (!_disposed && _period != Timeout.InfiniteTimeSpan)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnTimerFired()
    {
        if (_disposed || Interlocked.Exchange(ref _queued, 1) == 1)
        {
            return;
        }

        if (!_activation.TryEnqueue(this))
        {
            Dispose();
        }
    }
}
