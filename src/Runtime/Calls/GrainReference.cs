using CommuneRadio.Runtime.Activations;
using CommuneRadio.Runtime.Calls;

namespace CommuneRadio.Runtime;

/// <summary>
/// Base class of the generated grain proxies (see CommuneRadio.Runtime.CodeGenerator). A
/// reference is immutable apart from a cached pointer to the grain's current activation, and is
/// safe to share between threads.
/// </summary>
/// <remarks>
/// A call to an idle, active grain runs directly on the caller's thread (no queue, no
/// allocation when the grain method completes synchronously). Otherwise the call is queued on
/// the activation, and the caller waits at most the configured call timeout.
/// </remarks>
public abstract class GrainReference
{
    private readonly GrainCatalog _catalog;
    private Activation? _activation;

    protected GrainReference(GrainCatalog catalog, GrainId grainId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        GrainId = grainId;
    }

    public GrainId GrainId { get; }

    /// <summary>Calls a grain method returning <see cref="Task{TResult}"/>; used by generated proxies.</summary>
    protected Task<TResult> InvokeAsync<TGrain, TArgs, TResult>(
        Func<TGrain, TArgs, Task<TResult>> body, TArgs args, string method)
        where TGrain : class
    {
        var activation = _activation;
        if (activation is not null && activation.TryEnterTurn())
        {
            if (activation.Status == ActivationStatus.Active)
            {
                activation.Touched = true;
                Task<TResult> work;
                try
                {
                    work = body((TGrain)(object)activation.Grain!, args);
                }
                catch (Exception e)
                {
                    work = Task.FromException<TResult>(e);
                }

                if (work.IsCompleted)
                {
                    activation.ExitTurn();
                    return work;
                }

                activation.ExitTurnWhenDone(work);
                return CallTimeout.Guard(work, _catalog, GrainId, method);
            }

            activation.ExitTurn();
        }

        var call = new GrainCall<TGrain, TArgs, TResult>(body, args, method);
        call.ArmTimeout(_catalog, GrainId);
        _activation = _catalog.Route(GrainId, call);
        return call.Result;
    }

    /// <summary>Calls a grain method returning <see cref="Task"/>; used by generated proxies.</summary>
    protected Task InvokeAsync<TGrain, TArgs>(Func<TGrain, TArgs, Task> body, TArgs args, string method)
        where TGrain : class
    {
        var activation = _activation;
        if (activation is not null && activation.TryEnterTurn())
        {
            if (activation.Status == ActivationStatus.Active)
            {
                activation.Touched = true;
                Task work;
                try
                {
                    work = body((TGrain)(object)activation.Grain!, args);
                }
                catch (Exception e)
                {
                    work = Task.FromException(e);
                }

                if (work.IsCompleted)
                {
                    activation.ExitTurn();
                    return work;
                }

                activation.ExitTurnWhenDone(work);
                return CallTimeout.Guard(work, _catalog, GrainId, method);
            }

            activation.ExitTurn();
        }

        var call = new GrainCall<TGrain, TArgs>(body, args, method);
        call.ArmTimeout(_catalog, GrainId);
        _activation = _catalog.Route(GrainId, call);
        return call.Result;
    }

    public override string ToString() => $"reference to {GrainId}";
}
