namespace CommuneRadio.StationSimulator.Devices;

/// <summary>Waiting for a moment of a <see cref="TimeProvider"/>, including a manual one that a test moves from another thread.</summary>
internal static class ClockDelays
{
    /// <summary>
    /// Completes once <paramref name="time"/> reads <paramref name="until"/> or later. Unlike
    /// <c>Task.Delay(until - now)</c> it cannot miss a clock moved between reading it and arming
    /// the timer: it reads the clock again once the timer is armed.
    /// </summary>
    public static async Task DelayUntilAsync(TimeProvider time, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var wait = until - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        var due = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var timer = time.CreateTimer(static s => ((TaskCompletionSource)s!).TrySetResult(), due, wait, Timeout.InfiniteTimeSpan);
        if (time.GetUtcNow() >= until)
        {
            due.TrySetResult();
        }

        await due.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
