namespace CommuneRadio.Runtime.Activations;

/// <summary>A queued request to deactivate; completes when the turn has run (or was dropped).</summary>
internal sealed class DeactivationStep(DeactivationReason reason) : WorkItem
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Completion => _done.Task;

    public override async Task Execute(Activation activation)
    {
        try
        {
            await activation.DeactivateAsync(reason).ConfigureAwait(false);
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    // The activation is already gone: nothing left to deactivate.
    public override void Redirect(GrainCatalog catalog, GrainId grainId) => _done.TrySetResult();

    public override void Fail(Exception exception) => _done.TrySetResult();
}
