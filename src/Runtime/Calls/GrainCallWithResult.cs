using CommuneRadio.Runtime.Activations;

namespace CommuneRadio.Runtime.Calls;

/// <summary>A queued call to a grain method returning <see cref="Task{TResult}"/>.</summary>
internal sealed class GrainCall<TGrain, TArgs, TResult>(Func<TGrain, TArgs, Task<TResult>> body, TArgs args, string method)
    : WorkItem
    where TGrain : class
{
    private readonly TaskCompletionSource<TResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ITimer? _timeout;

    public Task<TResult> Result => _result.Task;

    public void ArmTimeout(GrainCatalog catalog, GrainId grainId) =>
        _timeout = CallTimeout.Arm(catalog, e => _result.TrySetException(e), grainId, method);

    public override Task Execute(Activation activation)
    {
        if (_result.Task.IsCompleted)
        {
            return Task.CompletedTask; // the caller timed out while the call waited
        }

        activation.Touched = true;
        Task<TResult> work;
        try
        {
            work = body((TGrain)(object)activation.Grain!, args);
        }
        catch (Exception e)
        {
            Complete(Task.FromException<TResult>(e));
            return Task.CompletedTask;
        }

        if (work.IsCompleted)
        {
            Complete(work);
            return Task.CompletedTask;
        }

        return CompleteWhenDone(work);
    }

    public override void Redirect(GrainCatalog catalog, GrainId grainId) => catalog.Route(grainId, this);

    public override void Fail(Exception exception)
    {
        _timeout?.Dispose();
        _result.TrySetException(exception);
    }

    private async Task CompleteWhenDone(Task<TResult> work)
    {
        await ((Task)work).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Complete(work);
    }

    private void Complete(Task<TResult> work)
    {
        _timeout?.Dispose();
        _result.TrySetFromTask(work);
    }
}
