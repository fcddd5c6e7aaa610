using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommuneRadio.Gateway.Connections;
using CommuneRadio.Grains.Devices;
using CommuneRadio.Mqtt;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Accounts;

/// <summary>
/// Talks to mosquitto's dynamic-security plugin over MQTT: commands published to
/// <c>$CONTROL/dynamic-security/v1</c>, each tagged with a correlation id, and answers read from
/// <c>.../response</c>. Thread-safe; many requests may be in flight.
/// </summary>
public sealed class DynamicSecurityClient(GatewayConnections connections, IOptions<GatewayOptions> options)
{
    public const string ControlTopic = "$CONTROL/dynamic-security/v1";
    public const string ResponseTopic = ControlTopic + "/response";

    /// <summary>Commands per message: the plugin saves its file once per message, so batches are cheap.</summary>
    public const int BatchSize = 200;

    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();

    /// <summary>The admin connection's message handler: completes the request each answer belongs to.</summary>
    public ValueTask HandleAsync(MqttReceivedMessage message, CancellationToken cancellationToken)
    {
        if (message.Topic != ResponseTopic)
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

    /// <summary>Runs the commands (in batches) and returns each one's error, null when it succeeded, in order.</summary>
    public async Task<IReadOnlyList<string?>> ExecuteAsync(IReadOnlyList<JsonObject> commands, CancellationToken cancellationToken = default)
    {
        var errors = new List<string?>(commands.Count);
        foreach (var batch in commands.Chunk(BatchSize))
        {
            errors.AddRange((await ExecuteBatchAsync(batch, cancellationToken)).Select(Error));
        }

        return errors;
    }

    /// <summary>The roles an account holds, by name (none when it does not exist).</summary>
    public async Task<IReadOnlyList<string>> ClientRolesAsync(string username, CancellationToken cancellationToken = default)
    {
        var answer = (await ExecuteBatchAsync([DynsecCommands.GetClient(username)], cancellationToken))[0];
        if (Error(answer) is { } error)
        {
            return DynsecCommands.NotFound(error) ? [] : throw new InvalidOperationException($"The broker did not describe account {username}: {error}");
        }

        return [.. answer.GetProperty("data").GetProperty("client").GetProperty("roles").EnumerateArray()
            .Select(role => role.GetProperty("rolename").GetString() ?? "")];
    }

    private static string? Error(JsonElement answer) => answer.TryGetProperty("error", out var error) ? error.GetString() : null;

    private async Task<JsonElement[]> ExecuteBatchAsync(JsonObject[] batch, CancellationToken cancellationToken)
    {
        var waiters = new List<(string Id, TaskCompletionSource<JsonElement> Answer)>(batch.Length);
        var array = new JsonArray();
        foreach (var command in batch)
        {
            var id = Guid.NewGuid().ToString("N");
            var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = answer;
            waiters.Add((id, answer));
            var tagged = (JsonObject)command.DeepClone();
            tagged["correlationData"] = id;
            array.Add(tagged);
        }

        try
        {
            var payload = new JsonObject { ["commands"] = array }.ToJsonString();
            var published = await connections.Admin.PublishAsync(
                MqttApplicationMessage.FromString(ControlTopic, payload, MqttQualityOfService.AtLeastOnce), cancellationToken);
            if (!published.IsSuccess)
            {
                throw new BrokerUnavailableException($"The broker refused the account request: {published.ReasonCode}");
            }

            return await Task.WhenAll(waiters.Select(w => w.Answer.Task)).WaitAsync(options.Value.AdminTimeout, cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new BrokerUnavailableException($"The broker did not answer an account request within {options.Value.AdminTimeout.TotalSeconds:0} s.", e);
        }
        catch (MqttException e)
        {
            throw new BrokerUnavailableException($"The account request did not reach the broker: {e.Message}", e);
        }
        finally
        {
            foreach (var (id, _) in waiters)
            {
                _pending.TryRemove(id, out _);
            }
        }
    }
}
