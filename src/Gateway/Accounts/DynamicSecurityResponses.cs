using System.Collections.Concurrent;
using System.Text.Json;
using MQTTnet;

namespace CommuneRadio.Gateway.Accounts;

/// <summary>
/// The admin link's inbox: answers of the dynamic-security plugin, each completing the request
/// whose correlation id it carries. Thread-safe.
/// </summary>
public sealed class DynamicSecurityResponses
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();

    /// <summary>Waits for the answer tagged <paramref name="id"/>; <see cref="Forget"/> it when done.</summary>
    public Task<JsonElement> Expect(string id)
    {
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        return answer.Task;
    }

    public void Forget(string id) => _pending.TryRemove(id, out _);

    /// <summary>The admin link's message handler.</summary>
    public ValueTask HandleAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Topic != DynamicSecurityClient.ResponseTopic)
        {
            return ValueTask.CompletedTask;
        }

        using var document = JsonDocument.Parse(message.Payload);
        if (document.RootElement.TryGetProperty("responses", out var responses))
        {
            foreach (var response in responses.EnumerateArray())
            {
                if (response.TryGetProperty("correlationData", out var id) && _pending.TryRemove(id.GetString() ?? "", out var waiter))
                {
                    waiter.TrySetResult(response.Clone());
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
