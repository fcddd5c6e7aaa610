namespace CommuneRadio.Runtime.Calls;

/// <summary>Bounds how long a caller waits for a call that went asynchronous.</summary>
internal static class CallTimeout
{
    public static async Task<TResult> Guard<TResult>(Task<TResult> call, GrainCatalog catalog, GrainId grainId, string method)
    {
        try
        {
            return await call.WaitAsync(catalog.Options.CallTimeout, catalog.TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!call.IsCompleted)
        {
            throw new GrainCallTimeoutException(grainId, method, catalog.Options.CallTimeout);
        }
    }

    public static async Task Guard(Task call, GrainCatalog catalog, GrainId grainId, string method)
    {
        try
        {
            await call.WaitAsync(catalog.Options.CallTimeout, catalog.TimeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!call.IsCompleted)
        {
            throw new GrainCallTimeoutException(grainId, method, catalog.Options.CallTimeout);
        }
    }

    /// <summary>
    /// Arms the timeout of a queued call: when it fires the caller is failed, and the call, still
    /// waiting in the queue, is skipped when its turn comes.
    /// </summary>
    public static ITimer? Arm(GrainCatalog catalog, Action<GrainCallTimeoutException> fail, GrainId grainId, string method)
    {
        var timeout = catalog.Options.CallTimeout;
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        return catalog.TimeProvider.CreateTimer(
            _ => fail(new GrainCallTimeoutException(grainId, method, timeout)), null, timeout, Timeout.InfiniteTimeSpan);
    }
}
