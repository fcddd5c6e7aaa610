using CommuneRadio.Runtime.State;
using CommuneRadio.Runtime.Timers;

namespace CommuneRadio.Runtime.Activations;

/// <summary>Activation and deactivation of the grain instance, each run as a turn.</summary>
internal sealed partial class Activation
{
    private List<IStateLoader>? _statesToRead;
    private List<GrainTimer>? _timers;

    /// <summary>Called while the grain is constructed: persistent state to read before OnActivateAsync.</summary>
    public void AddStateToRead(IStateLoader state) => (_statesToRead ??= []).Add(state);

    /// <summary>The first turn: construct the grain, read its state, run OnActivateAsync.</summary>
    public async Task ActivateAsync()
    {
        try
        {
            var grain = Class.CreateInstance(this);
            Grain = grain;
            if (_statesToRead is { } states)
            {
                _statesToRead = null;
                foreach (var state in states)
                {
                    await state.ReadStateAsync(_catalog.StoppingToken).ConfigureAwait(false);
                }
            }

            await grain.OnActivateAsync(_catalog.StoppingToken).ConfigureAwait(false);
            LastActive = _catalog.TimeProvider.GetUtcNow();
            _status = ActivationStatus.Active;
            RuntimeLog.Activated(_catalog.Logger, Id);
        }
        catch (Exception e)
        {
            var failure = new GrainActivationException(Id, e);
            RuntimeLog.ActivationFailed(_catalog.Logger, Id, e);
            DisposeTimers();
            Grain = null;
            _catalog.Remove(this);
            foreach (var item in CloseQueue())
            {
                item.Fail(failure);
            }
        }
    }

    /// <summary>
    /// A deactivation turn: OnDeactivateAsync, then the activation leaves the catalog and whatever
    /// queued behind this turn goes to the grain's next activation. An idle deactivation is dropped
    /// when a call arrived after the collector chose this activation.
    /// </summary>
    public async Task DeactivateAsync(DeactivationReason reason)
    {
        if (_status != ActivationStatus.Active || (reason == DeactivationReason.Idle && Touched))
        {
            return;
        }

        _status = ActivationStatus.Deactivating;
        DisposeTimers();
        using var timeout = new CancellationTokenSource(_catalog.Options.DeactivationTimeout, _catalog.TimeProvider);
        try
        {
            await Grain!.OnDeactivateAsync(reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            RuntimeLog.DeactivationFailed(_catalog.Logger, Id, e);
        }

        _catalog.Remove(this);
        Grain = null;
        foreach (var item in CloseQueue())
        {
            item.Redirect(_catalog, Id);
        }

        RuntimeLog.Deactivated(_catalog.Logger, Id, reason);
    }

    public void AddTimer(GrainTimer timer)
    {
        lock (this)
        {
            (_timers ??= []).Add(timer);
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (this)
        {
            _timers?.Remove(timer);
        }
    }

    private void DisposeTimers()
    {
        List<GrainTimer>? timers;
        lock (this)
        {
            timers = _timers;
            _timers = null;
        }

        timers?.ForEach(t => t.Dispose());
    }
}
