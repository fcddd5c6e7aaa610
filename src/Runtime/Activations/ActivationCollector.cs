namespace CommuneRadio.Runtime.Activations;

/// <summary>
/// Every collection quantum, deactivates the activations no call reached for the idle age.
/// A call sets <see cref="Activation.Touched"/>; the collector turns that into a time, so the call
/// path never reads the clock.
/// </summary>
internal sealed class ActivationCollector(GrainCatalog catalog) : IDisposable
{
    private ITimer? _timer;

    public void Start()
    {
        var quantum = catalog.Options.CollectionQuantum;
        _timer = catalog.TimeProvider.CreateTimer(static state => ((ActivationCollector)state!).Collect(), this, quantum, quantum);
    }

    /// <summary>One sweep; returns how many deactivations it queued.</summary>
    public int Collect()
    {
        var now = catalog.TimeProvider.GetUtcNow();
        var idleAge = catalog.Options.IdleDeactivationAge;
        var queued = 0;
        foreach (var activation in catalog.Activations)
        {
            if (activation.Status != ActivationStatus.Active)
            {
                continue;
            }

            if (activation.Touched)
            {
                activation.Touched = false;
                activation.LastActive = now;
            }
            else if (now - activation.LastActive >= idleAge)
            {
                _ = catalog.DeactivateAsync(activation, DeactivationReason.Idle);
                queued++;
            }
        }

        return queued;
    }

    public void Dispose() => _timer?.Dispose();
}
