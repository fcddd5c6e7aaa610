namespace CommuneRadio.Gateway.Ingest;

/// <summary>
/// Lets at most a budget of log lines through per interval, so a device flooding garbage cannot
/// flood the log; counters still count everything. Reports how many were held back. Thread-safe.
/// </summary>
public sealed class LogThrottle(int perInterval, TimeSpan interval, TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;
    private long _suppressed;

    /// <summary>True when this line may be logged; <paramref name="suppressedBefore"/> is how many were dropped since the last one.</summary>
    public bool TryTake(out long suppressedBefore)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart >= interval)
            {
                _windowStart = now;
                _used = 0;
            }

            if (_used < perInterval)
            {
                _used++;
                suppressedBefore = _suppressed;
                _suppressed = 0;
                return true;
            }

            _suppressed++;
            suppressedBefore = 0;
            return false;
        }
    }
}
