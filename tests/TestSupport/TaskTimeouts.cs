namespace CommuneRadio.TestSupport;

/// <summary>Awaiting with a timeout that fails with a message saying what did not happen.</summary>
public static class TaskTimeouts
{
    /// <summary>Generous default for real-time waits on loopback servers; only slow machines come near it.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(15);

    public static async Task WithTimeout(this Task task, string whatShouldHappen, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Default;
        try
        {
            await task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{whatShouldHappen} did not happen within {limit.TotalSeconds:0.#} s");
        }
    }

    public static async Task<T> WithTimeout<T>(this Task<T> task, string whatShouldHappen, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Default;
        try
        {
            return await task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{whatShouldHappen} did not happen within {limit.TotalSeconds:0.#} s");
        }
    }

    /// <summary>
    /// Awaits every task of a large batch, failing only when none of them completed for
    /// <paramref name="stall"/>: a busy machine may take long over the whole batch, a stuck writer
    /// stops completing them.
    /// </summary>
    public static async Task WhileProgressing(this IReadOnlyCollection<Task> tasks, string whatShouldHappen, TimeSpan? stall = null)
    {
        var limit = stall ?? Default;
        var all = Task.WhenAll(tasks);
        var completed = -1;
        while (!all.IsCompleted)
        {
            var now = tasks.Count(t => t.IsCompleted);
            if (now == completed)
            {
                throw new TimeoutException($"{whatShouldHappen} stalled: {now} of {tasks.Count} done, none more within {limit.TotalSeconds:0.#} s");
            }

            completed = now;
            await Task.WhenAny(all, Task.Delay(limit));
        }

        await all;
    }

    /// <summary>
    /// Re-evaluates <paramref name="condition"/> every 20 ms until it holds, for state held by a real
    /// server (a row in PostgreSQL, a message through mosquitto) that raises no signal of its own.
    /// </summary>
    public static async Task Eventually(Func<bool> condition, string whatShouldHappen, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Default;
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{whatShouldHappen} did not happen within {limit.TotalSeconds:0.#} s");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Async variant of <see cref="Eventually(Func{bool}, string, TimeSpan?)"/>.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string whatShouldHappen, TimeSpan? timeout = null)
    {
        var limit = timeout ?? Default;
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{whatShouldHappen} did not happen within {limit.TotalSeconds:0.#} s");
            }

            await Task.Delay(20);
        }
    }
}
