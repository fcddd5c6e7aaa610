using CommuneRadio.Runtime.Activations;
using System.Collections.Concurrent;
using CommuneRadio.Runtime.Reminders;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Runtime;

/// <summary>
/// The directory of live activations: routes work to a grain's activation, creating it on first
/// use, and removes activations as they deactivate. Thread-safe.
/// </summary>
public sealed class GrainCatalog
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _isStopping;

    internal GrainCatalog(
        GrainClassRegistry classes,
        IServiceProvider services,
        GrainRuntimeOptions options,
        TimeProvider timeProvider,
        ILogger<GrainCatalog> logger)
    {
        Classes = classes;
        Services = services;
        Options = options;
        TimeProvider = timeProvider;
        Logger = logger;
        GrainFactory = new GrainFactory(this);
    }

    internal GrainClassRegistry Classes { get; }

    internal IServiceProvider Services { get; }

    internal GrainRuntimeOptions Options { get; }

    internal TimeProvider TimeProvider { get; }

    internal ILogger Logger { get; }

    internal IGrainFactory GrainFactory { get; }

    /// <summary>Set by the runtime at start; null where reminders are not configured.</summary>
    internal ReminderService? Reminders { get; set; }

    /// <summary>Cancelled when shutdown gives up waiting (the shutdown timeout expired).</summary>
    internal CancellationToken StoppingToken => _stopping.Token;

    internal bool IsStopping => _isStopping;

    /// <summary>Number of activations in the directory, including those activating or deactivating.</summary>
    public int ActivationCount => _activations.Count;

    internal IEnumerable<Activation> Activations => _activations.Select(entry => entry.Value);

    /// <summary>
    /// Queues <paramref name="item"/> on the grain's activation, creating the activation when there
    /// is none (then the activation's first turns run on the calling thread). Returns the activation
    /// used, or null when the item was failed because the runtime is stopping.
    /// </summary>
    internal Activation? Route(GrainId grainId, WorkItem item)
    {
        while (true)
        {
            if (_activations.TryGetValue(grainId, out var activation))
            {
                if (activation.TryEnqueue(item))
                {
                    return activation;
                }

                continue; // it deactivated between lookup and enqueue: look again
            }

            if (_isStopping)
            {
                item.Fail(new GrainRuntimeStoppingException(grainId));
                return null;
            }

            var created = new Activation(this, grainId, Classes.ForTypeName(grainId.Type));
            if (!_activations.TryAdd(grainId, created))
            {
                continue;
            }

            created.TryEnqueue(item);
            created.RunHeldTurn();
            return created;
        }
    }

    internal void Remove(Activation activation) =>
        _activations.TryRemove(new KeyValuePair<GrainId, Activation>(activation.Id, activation));

    /// <summary>Queues a deactivation behind whatever the activation has queued; completes when it ran.</summary>
    internal Task DeactivateAsync(Activation activation, DeactivationReason reason)
    {
        var step = new DeactivationStep(reason);
        return activation.TryEnqueue(step) ? step.Completion : Task.CompletedTask;
    }

    /// <summary>
    /// Graceful shutdown: no new activations; every activation finishes the calls already queued,
    /// then deactivates. When <paramref name="cancellationToken"/> fires first, the stopping token
    /// is cancelled so grains can abandon their work.
    /// </summary>
    internal async Task StopAsync(CancellationToken cancellationToken)
    {
        _isStopping = true;
        var pending = _activations.Values.Select(a => DeactivateAsync(a, DeactivationReason.Shutdown)).ToList();
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            RuntimeLog.ShutdownTimedOut(Logger, pending.Count(t => !t.IsCompleted));
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }
}
