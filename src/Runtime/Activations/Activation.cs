namespace CommuneRadio.Runtime.Activations;

/// <summary>
/// One live instance of a grain and its turn discipline: at most one turn runs at a time, and a
/// turn lasts until the work's task completes, across its awaits (non-reentrant, as in Orleans).
/// </summary>
/// <remarks>
/// The turn is a flag (<see cref="_turn"/>) rather than a lock so that an idle grain is called
/// directly on the caller's thread (the fast path in <see cref="GrainReference"/>). Work that
/// finds the grain busy waits in <see cref="_queue"/>; whoever ends a turn with work waiting
/// hands the turn to a thread-pool drain. <see cref="_queued"/> mirrors the queue length so the
/// fast path can see waiting work without taking the lock, which keeps callers in order.
/// </remarks>
internal sealed partial class Activation : IThreadPoolWorkItem
{
    private readonly GrainCatalog _catalog;
    private Queue<WorkItem>? _queue; // guarded by lock (this); Activation is internal, never locked elsewhere
    private int _queued;
    private int _turn;
    private volatile ActivationStatus _status = ActivationStatus.Activating;
    private Action? _exitTurn;
    private Action? _resumeDrain;

    /// <summary>
    /// Creates an activation whose first turn, already held by the creator, activates the grain.
    /// The creator must call <see cref="RunHeldTurn"/>.
    /// </summary>
    public Activation(GrainCatalog catalog, GrainId id, GrainClass grainClass)
    {
        _catalog = catalog;
        Id = id;
        Class = grainClass;
        _turn = 1;
        _queue = new Queue<WorkItem>(2);
        _queue.Enqueue(ActivationStep.Instance);
        _queued = 1;
    }

    public GrainId Id { get; }

    public GrainClass Class { get; }

    public GrainCatalog Catalog => _catalog;

    /// <summary>The grain instance; set during the first turn.</summary>
    public Grain? Grain { get; private set; }

    public ActivationStatus Status => _status;

    /// <summary>Set by every call, cleared by the idle collector: a cheap "used since you last looked".</summary>
    public bool Touched { get; set; } = true;

    /// <summary>When the collector last saw this activation used.</summary>
    public DateTimeOffset LastActive { get; set; }

    /// <summary>Takes the turn for a call made directly on the caller's thread. Fails when busy or when work waits.</summary>
    public bool TryEnterTurn() => Volatile.Read(ref _queued) == 0 && Interlocked.CompareExchange(ref _turn, 1, 0) == 0;

    /// <summary>Ends the current turn; work that arrived meanwhile continues on the thread pool.</summary>
    public void ExitTurn()
    {
        if (Volatile.Read(ref _queued) == 0)
        {
            // Exchange (a full fence) before re-reading _queued: an enqueuer increments _queued and
            // then tries to take the turn, so one of us always sees the other.
            Interlocked.Exchange(ref _turn, 0);
            if (Volatile.Read(ref _queued) == 0 || Interlocked.CompareExchange(ref _turn, 1, 0) != 0)
            {
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>Ends the turn when <paramref name="work"/> completes (a direct call that went asynchronous).</summary>
    public void ExitTurnWhenDone(Task work) =>
        work.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_exitTurn ??= ExitTurn);

    /// <summary>
    /// Queues <paramref name="item"/>; starts a drain on the thread pool when the grain is idle.
    /// Returns false when the activation has deactivated: route the item again.
    /// </summary>
    public bool TryEnqueue(WorkItem item)
    {
        lock (this)
        {
            if (_status == ActivationStatus.Deactivated)
            {
                return false;
            }

            (_queue ??= new Queue<WorkItem>(2)).Enqueue(item);
            Interlocked.Increment(ref _queued);
        }

        if (Interlocked.CompareExchange(ref _turn, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }

        return true;
    }

    /// <summary>Runs queued work on the current thread; the caller holds the turn (the activation's creator).</summary>
    public void RunHeldTurn() => Drain();

    void IThreadPoolWorkItem.Execute() => Drain();

    private void Drain()
    {
        while (true)
        {
            var item = Dequeue();
            if (item is null)
            {
                Interlocked.Exchange(ref _turn, 0);
                if (Volatile.Read(ref _queued) == 0 || Interlocked.CompareExchange(ref _turn, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            var work = item.Execute(this);
            if (!work.IsCompleted)
            {
                // The turn stays held until the work completes; then the drain resumes on the pool
                // (never inline on whatever thread completed the work, such as an I/O callback).
                work.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(_resumeDrain ??= ResumeDrain);
                return;
            }
        }
    }

    private void ResumeDrain() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

    private WorkItem? Dequeue()
    {
        lock (this)
        {
            if (_queue is not { Count: > 0 })
            {
                return null;
            }

            Interlocked.Decrement(ref _queued);
            var item = _queue.Dequeue();
            if (_queue.Count == 0 && _status == ActivationStatus.Active)
            {
                _queue = null; // an idle activation holds no queue: memory per grain stays small
            }

            return item;
        }
    }

    /// <summary>Marks the activation gone and hands back whatever still waits in its queue.</summary>
    private List<WorkItem> CloseQueue()
    {
        lock (this)
        {
            _status = ActivationStatus.Deactivated;
            var leftovers = _queue is null ? [] : new List<WorkItem>(_queue);
            _queue = null;
            Interlocked.Exchange(ref _queued, 0);
            return leftovers;
        }
    }

    public override string ToString() => $"activation of {Id} ({_status})";
}
