using System.Collections.Concurrent;

namespace CommuneRadio.Mqtt.Tests.Brokers;

/// <summary>A message handler that keeps copies of what it receives and signals when a count is reached.</summary>
public sealed class MessageCollector
{
    private readonly ConcurrentQueue<MqttApplicationMessage> _messages = new();
    private readonly ConcurrentQueue<MqttReceivedMessageFlags> _flags = new();
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<MqttApplicationMessage> Messages => [.. _messages];

    public IReadOnlyList<MqttReceivedMessageFlags> Flags => [.. _flags];

    public int Count => _messages.Count;

    public ValueTask HandleAsync(MqttReceivedMessage message, CancellationToken cancellationToken)
    {
        _flags.Enqueue(new MqttReceivedMessageFlags(message.Duplicate, message.Retain, message.QualityOfService));
        _messages.Enqueue(message.ToApplicationMessage());
        lock (_lock)
        {
            foreach (var waiter in _waiters.Where(w => _messages.Count >= w.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Completes once <paramref name="count"/> messages arrived in total.</summary>
    public Task WaitForAsync(int count)
    {
        lock (_lock)
        {
            if (_messages.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }
}
