using MQTTnet;

namespace CommuneRadio.Bench.Mqtt;

/// <summary>A message handler that only counts, completing a signal at the expected count: it allocates nothing itself.</summary>
internal sealed class CountingHandler
{
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected;
    private int _count;
    private long _firstAt;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Timestamp of the first message of the current round.</summary>
    public long FirstAt => Volatile.Read(ref _firstAt);

    public Task Done => _done.Task;

    public void Expect(int count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        (_expected, _firstAt) = (count, 0);
        Volatile.Write(ref _count, 0);
    }

    public ValueTask HandleAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        var count = Interlocked.Increment(ref _count);
        if (count == 1)
        {
            Volatile.Write(ref _firstAt, System.Diagnostics.Stopwatch.GetTimestamp());
        }

        if (count == _expected)
        {
            _done.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }
}
