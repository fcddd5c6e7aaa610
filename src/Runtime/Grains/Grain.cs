using CommuneRadio.Runtime.Activations;
using CommuneRadio.Runtime.Timers;

namespace CommuneRadio.Runtime;

/// <summary>
/// Base class of grain implementations. The runtime constructs a grain on the first call that
/// needs it (constructor arguments from dependency injection; <see cref="PersistentStateAttribute"/>
/// parameters bound to the grain and read before <see cref="OnActivateAsync"/>), then runs its
/// calls, timer ticks and reminder ticks one turn at a time: grain code never runs concurrently
/// with itself, so it needs no locks.
/// </summary>
public abstract class Grain
{
    [ThreadStatic]
    private static Activation? _constructing;

    private readonly Activation? _activation;

    protected Grain() => _activation = _constructing;

    internal static Activation? Constructing
    {
        set => _constructing = value;
    }

    public GrainId GrainId => Activation.Id;

    /// <summary>Gives access to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Catalog.GrainFactory;

    private Activation Activation =>
        _activation ?? throw new InvalidOperationException($"{GetType().Name} was not created by the grain runtime.");

    /// <summary>This grain's key.</summary>
    public string GetPrimaryKeyString() => Activation.Id.Key;

    /// <summary>Runs as the activation's first turn, after persistent state was read.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Runs as the activation's last turn. Write here what must survive; timers are already stopped.
    /// The token fires when the deactivation timeout expires.
    /// </summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Starts a timer whose callback runs as a turn of this grain, first after
    /// <paramref name="dueTime"/> and then <paramref name="period"/> after each callback completes
    /// (ticks never overlap). <see cref="Timeout.InfiniteTimeSpan"/> as period fires once. Timers
    /// live only as long as the activation and do not keep it from being deactivated when idle.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new GrainTimer(Activation, callback, dueTime, period);
    }

    /// <summary>As <see cref="RegisterGrainTimer(Func{CancellationToken, Task}, TimeSpan, TimeSpan)"/>, passing <paramref name="state"/>.</summary>
    protected IGrainTimer RegisterGrainTimer<TState>(
        Func<TState, CancellationToken, Task> callback, TState state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return new GrainTimer(Activation, ct => callback(state, ct), dueTime, period);
    }

    /// <summary>
    /// Registers (or moves) a durable reminder: stored by the reminder table, it reaches
    /// <see cref="IRemindable.ReceiveReminder"/> even when the grain is not active and after the
    /// process restarts. The grain must implement <see cref="IRemindable"/>.
    /// </summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        if (this is not IRemindable)
        {
            throw new InvalidOperationException($"{GetType().Name} must implement IRemindable to register reminders.");
        }

        return Reminders.RegisterOrUpdateAsync(GrainId, reminderName, dueTime, period);
    }

    protected Task UnregisterReminder(IGrainReminder reminder) => Reminders.UnregisterAsync(GrainId, reminder);

    protected Task<IGrainReminder?> GetReminder(string reminderName) =>
        Task.FromResult(Reminders.Get(GrainId, reminderName));

    /// <summary>Deactivates this grain once the current turn and the calls queued behind it have run.</summary>
    protected void DeactivateOnIdle() => _ = Activation.Catalog.DeactivateAsync(Activation, DeactivationReason.Requested);

    private Reminders.ReminderService Reminders =>
        Activation.Catalog.Reminders ?? throw new InvalidOperationException("No reminder table is configured.");
}
