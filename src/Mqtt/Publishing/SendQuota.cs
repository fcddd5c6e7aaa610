namespace CommuneRadio.Mqtt.Publishing;

/// <summary>
/// The in-flight window for QoS 1/2 publishes (MQTT 5.0 section 4.9): at most the broker's Receive
/// Maximum may be unacknowledged. Callers beyond it wait, first come first served, without holding a
/// thread; a slot is freed by PUBACK, PUBCOMP or a refusing PUBREC. Thread-safe.
/// </summary>
internal sealed class SendQuota
{
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _waiters = new();
    private int _limit = ushort.MaxValue;
    private int _inUse;

    public int InUse
    {
        get
        {
            lock (_lock)
            {
                return _inUse;
            }
        }
    }

    public ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        LinkedListNode<TaskCompletionSource> node;
        lock (_lock)
        {
            if (_inUse < _limit && _waiters.Count == 0)
            {
                _inUse++;
                return ValueTask.CompletedTask;
            }

            node = _waiters.AddLast(new TaskCompletionSource());
        }

        return new ValueTask(WaitAsync(node, cancellationToken));
    }

    public void Release()
    {
        TaskCompletionSource? granted = null;
        lock (_lock)
        {
            _inUse = Math.Max(0, _inUse - 1);
            if (_waiters.First is { } first && _inUse < _limit)
            {
                _waiters.RemoveFirst();
                _inUse++;
                granted = first.Value;
            }
        }

        // Outside the lock, inline (see the remarks).
        granted?.TrySetResult();
    }

    /// <summary>At each connect: the new broker's window, and how many publishes are already in flight in it.</summary>
    public void Reset(int limit, int inUse)
    {
        lock (_lock)
        {
            (_limit, _inUse) = (Math.Max(1, limit), inUse);
            Grant();
        }
    }

    /// <summary>Fails every waiting caller (the application disconnected).</summary>
    public void FailWaiters(Exception exception)
    {
        List<TaskCompletionSource> failed;
        lock (_lock)
        {
            failed = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in failed)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Waiter.TrySetException(state.Exception), (Waiter: waiter, Exception: exception), preferLocal: false);
        }
    }

    private async Task WaitAsync(LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            await node.Value.Task.ConfigureAwait(false);
            return;
        }

        await using (cancellationToken.Register(() => Cancel(node, cancellationToken)).ConfigureAwait(false))
        {
            await node.Value.Task.ConfigureAwait(false);
        }
    }

    private void Cancel(LinkedListNode<TaskCompletionSource> node, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                return;
            }

            _waiters.Remove(node);
        }

        node.Value.TrySetCanceled(cancellationToken);
    }

    private void Grant()
    {
        while (_waiters.First is { } first && _inUse < _limit)
        {
            _waiters.RemoveFirst();
            _inUse++;

            // Reset runs under the client's lock: the waiter continues on the thread pool.
            ThreadPool.UnsafeQueueUserWorkItem(static waiter => waiter.TrySetResult(), first.Value, preferLocal: false);
        }
    }
}
