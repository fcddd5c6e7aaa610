namespace CommuneRadio.Runtime.Activations;

/// <summary>
/// One turn's worth of work queued on an activation: a grain call, a timer tick, the activation
/// or deactivation of the grain itself.
/// </summary>
internal abstract class WorkItem
{
    /// <summary>
    /// Runs the item as the activation's current turn. The turn lasts until the returned task
    /// completes. Never throws: failures go to whoever waits for the item.
    /// </summary>
    public abstract Task Execute(Activation activation);

    /// <summary>
    /// The activation this item was queued on deactivated before running it. Calls go on to the
    /// grain's next activation; other items are dropped.
    /// </summary>
    public virtual void Redirect(GrainCatalog catalog, GrainId grainId)
    {
    }

    /// <summary>The item can never run (activation failed, runtime stopping).</summary>
    public virtual void Fail(Exception exception)
    {
    }
}
