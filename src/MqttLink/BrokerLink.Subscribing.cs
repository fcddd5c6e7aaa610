using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Packets;

namespace CommuneRadio.MqttLink;

public sealed partial class BrokerLink
{
    /// <summary>
    /// Subscribes and waits for SUBACK (at most <see cref="BrokerLinkOptions.Timeout"/>). Granted
    /// filters are remembered and subscribed again after every reconnect; refused ones are not.
    /// Throws <see cref="MqttClientNotConnectedException"/> when there is no connection.
    /// </summary>
    public async Task<MqttClientSubscribeResult> SubscribeAsync(IReadOnlyList<MqttTopicFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ThrowIfDisposed();
        var result = await SubscribeOnAsync(RequireConnection(), filters, cancellationToken).ConfigureAwait(false);
        lock (_subscriptions)
        {
            foreach (var granted in result.Items.Where(item => item.IsGranted()))
            {
                _subscriptions.RemoveAll(f => f.Topic == granted.TopicFilter.Topic);
                _subscriptions.Add(granted.TopicFilter);
            }
        }

        return result;
    }

    /// <summary>Subscribes to one filter; see <see cref="SubscribeAsync(IReadOnlyList{MqttTopicFilter}, CancellationToken)"/>.</summary>
    public Task<MqttClientSubscribeResult> SubscribeAsync(string topicFilter, MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfService, CancellationToken cancellationToken = default) =>
        SubscribeAsync([new MqttTopicFilter { Topic = topicFilter, QualityOfServiceLevel = qualityOfService }], cancellationToken);

    /// <summary>Unsubscribes and waits for UNSUBACK; the filters are no longer restored after a reconnect.</summary>
    public async Task<MqttClientUnsubscribeResult> UnsubscribeAsync(string topicFilter, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var connection = RequireConnection();
        lock (_subscriptions)
        {
            _subscriptions.RemoveAll(f => f.Topic == topicFilter);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Options.Timeout);
        try
        {
            return await connection.Client.UnsubscribeAsync(new MqttClientUnsubscribeOptions { TopicFilters = [topicFilter] }, limit.Token).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            throw new MqttClientNotConnectedException();
        }
    }

    private async Task<MqttClientSubscribeResult> SubscribeOnAsync(LinkConnection connection, IReadOnlyList<MqttTopicFilter> filters, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Options.Timeout);
        try
        {
            return await connection.Client.SubscribeAsync(new MqttClientSubscribeOptions { TopicFilters = [.. filters] }, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"MQTT link {this}: no SUBACK within {Options.Timeout.TotalSeconds:0.#} s.", e);
        }
        catch (ObjectDisposedException)
        {
            throw new MqttClientNotConnectedException();
        }
    }
}
