using System.Text.Json;
using System.Text.Json.Nodes;
using CommuneRadio.Gateway.Connections;
using CommuneRadio.Grains.Devices;
using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Accounts;

/// <summary>
/// Talks to mosquitto's dynamic-security plugin over MQTT: commands published to
/// <c>$CONTROL/dynamic-security/v1</c>, each tagged with a correlation id, and answers read from
/// <c>.../response</c>. Thread-safe; many requests may be in flight.
/// </summary>
public sealed class DynamicSecurityClient(GatewayConnections connections, DynamicSecurityResponses responses, IOptions<GatewayOptions> options)
{
    public const string ControlTopic = "$CONTROL/dynamic-security/v1";
    public const string ResponseTopic = ControlTopic + "/response";

    /// <summary>Commands per message: the plugin saves its file once per message, so batches are cheap.</summary>
    public const int BatchSize = 200;

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
        var waiters = new List<(string Id, Task<JsonElement> Answer)>(batch.Length);
        var array = new JsonArray();
        foreach (var command in batch)
        {
            var id = Guid.NewGuid().ToString("N");
            waiters.Add((id, responses.Expect(id)));
            var tagged = (JsonObject)command.DeepClone();
            tagged["correlationData"] = id;
            array.Add(tagged);
        }

        try
        {
            var payload = new JsonObject { ["commands"] = array }.ToJsonString();
            var published = await connections.Admin.PublishAsync(
                new MqttApplicationMessageBuilder().WithTopic(ControlTopic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(),
                cancellationToken);
            if (!published.IsSuccess)
            {
                throw new BrokerUnavailableException($"The broker refused the account request: {published.ReasonCode}");
            }

            return await Task.WhenAll(waiters.Select(w => w.Answer)).WaitAsync(options.Value.AdminTimeout, cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new BrokerUnavailableException($"The broker did not answer an account request within {options.Value.AdminTimeout.TotalSeconds:0} s.", e);
        }
        catch (MqttCommunicationException e)
        {
            throw new BrokerUnavailableException($"The account request did not reach the broker: {e.Message}", e);
        }
        finally
        {
            foreach (var (id, _) in waiters)
            {
                responses.Forget(id);
            }
        }
    }
}
