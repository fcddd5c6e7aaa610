using System.Buffers;
using System.Text;
using MQTTnet;

namespace CommuneRadio.MqttLink.Tests.Support;

/// <summary>A link's message handler that keeps what arrives (topic, text) and lets a test wait for a message by predicate.</summary>
public sealed class Inbox
{
    private readonly List<(string Topic, string Text)> _messages = [];
    private readonly List<(Func<(string Topic, string Text), bool> Match, TaskCompletionSource Seen)> _waiters = [];

    public IReadOnlyList<(string Topic, string Text)> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public ValueTask HandleAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        var entry = (message.Topic, Encoding.UTF8.GetString(message.Payload.ToArray()));
        lock (_messages)
        {
            _messages.Add(entry);
            foreach (var waiter in _waiters.Where(w => w.Match(entry)).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Completes once a message matching <paramref name="match"/> arrived (also one that arrived before).</summary>
    public Task WaitForAsync(Func<(string Topic, string Text), bool> match)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_messages)
        {
            if (_messages.Any(match))
            {
                return Task.CompletedTask;
            }

            _waiters.Add((match, seen));
        }

        return seen.Task;
    }
}
