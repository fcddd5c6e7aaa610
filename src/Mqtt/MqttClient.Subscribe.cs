using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Subscribing;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    /// <summary>Filters per SUBSCRIBE when restoring many subscriptions after a reconnect.</summary>
    private const int RestoreBatchSize = 64;

    public async Task<MqttClientSubscribeResult> SubscribeAsync(IReadOnlyList<MqttTopicSubscription> subscriptions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ThrowIfDisposed();
        if (subscriptions.Count == 0)
        {
            throw new ArgumentException("SUBSCRIBE needs at least one topic filter [MQTT-3.8.3-2].", nameof(subscriptions));
        }

        foreach (var subscription in subscriptions)
        {
            Validate(subscription);
        }

        var subAck = (SubAckPacket)await SendRequestAsync(new SubscribePacket { Subscriptions = [.. subscriptions] }, subscriptions.Count, cancellationToken).ConfigureAwait(false);
        var items = new MqttClientSubscribeResultItem[subscriptions.Count];
        lock (_gate)
        {
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = new MqttClientSubscribeResultItem(subscriptions[i], subAck.ReasonCodes[i]);
                if (items[i].IsGranted)
                {
                    _session.Subscriptions[subscriptions[i].TopicFilter] = subscriptions[i];
                }
            }
        }

        return new MqttClientSubscribeResult(items, subAck.ReasonString, subAck.UserProperties);
    }

    public async Task<MqttClientUnsubscribeResult> UnsubscribeAsync(IReadOnlyList<string> topicFilters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topicFilters);
        ThrowIfDisposed();
        if (topicFilters.Count == 0)
        {
            throw new ArgumentException("UNSUBSCRIBE needs at least one topic filter [MQTT-3.10.3-2].", nameof(topicFilters));
        }

        foreach (var filter in topicFilters)
        {
            ArgumentNullException.ThrowIfNull(filter, nameof(topicFilters));
            MqttUtf8.ThrowIfInvalid(filter, nameof(topicFilters));
        }

        var unsubAck = (UnsubAckPacket)await SendRequestAsync(new UnsubscribePacket { TopicFilters = [.. topicFilters] }, topicFilters.Count, cancellationToken).ConfigureAwait(false);
        var items = new MqttClientUnsubscribeResultItem[topicFilters.Count];
        lock (_gate)
        {
            for (var i = 0; i < items.Length; i++)
            {
                // MQTT 3.1.1 UNSUBACK carries no codes: it means success for every filter.
                var code = unsubAck.ReasonCodes.Count > i ? unsubAck.ReasonCodes[i] : MqttReasonCode.Success;
                items[i] = new MqttClientUnsubscribeResultItem(topicFilters[i], code);
                if (code < MqttReasonCode.UnspecifiedError)
                {
                    _session.Subscriptions.Remove(topicFilters[i]);
                }
            }
        }

        return new MqttClientUnsubscribeResult(items, unsubAck.ReasonString, unsubAck.UserProperties);
    }

    /// <summary>Sends SUBSCRIBE or UNSUBSCRIBE and waits for its answer, up to the configured timeout when the token cannot cancel.</summary>
    private async Task<MqttPacket> SendRequestAsync(MqttPacket packet, int filterCount, CancellationToken cancellationToken)
    {
        var options = _options ?? throw new MqttClientNotConnectedException();
        var formatter = MqttPacketFormatter.For(options.ProtocolVersion);
        var size = formatter.Measure(packet, out var bodyLength);
        var request = new PendingRequest(packet is SubscribePacket ? MqttPacketType.SubAck : MqttPacketType.UnsubAck, filterCount);
        lock (_gate)
        {
            var connection = RequireConnection();
            CheckSize(connection, size);
            var id = _session.PacketIds.Allocate();
            if (packet is SubscribePacket subscribe)
            {
                subscribe.PacketId = id;
            }
            else
            {
                ((UnsubscribePacket)packet).PacketId = id;
            }

            _session.Requests.Add(id, request);
            connection.Sender.TryEnqueue(packet, size, bodyLength);
        }

        if (cancellationToken.CanBeCanceled)
        {
            return await request.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await request.Completion.Task.WaitAsync(options.Timeout, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The broker did not answer {packet.Type.Name()} within {options.Timeout.TotalSeconds:0.###} s.");
        }
    }

    /// <summary>After a reconnect in a new session: subscribe again to what was granted before. Failures are logged, never thrown.</summary>
    private async Task RestoreSubscriptionsAsync(CancellationToken cancellationToken)
    {
        List<MqttTopicSubscription> all;
        lock (_gate)
        {
            all = [.. _session.Subscriptions.Values];
        }

        try
        {
            foreach (var batch in all.Chunk(RestoreBatchSize))
            {
                var subAck = (SubAckPacket)await SendRequestAsync(new SubscribePacket { Subscriptions = [.. batch] }, batch.Length, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < batch.Length; i++)
                {
                    if (subAck.ReasonCodes[i] >= MqttReasonCode.UnspecifiedError)
                    {
                        MqttClientLog.RestoreRefused(_logger, ClientId, batch[i].TopicFilter, subAck.ReasonCodes[i]);
                        lock (_gate)
                        {
                            _session.Subscriptions.Remove(batch[i].TopicFilter);
                        }
                    }
                }
            }

            MqttClientLog.Restored(_logger, ClientId, all.Count);
        }
        catch (Exception e)
        {
            // The connection may already be gone again; the next reconnect restores them.
            MqttClientLog.RestoreFailed(_logger, ClientId, e);
        }
    }

    private static void Validate(MqttTopicSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        if (!MqttTopicFilter.IsValid(subscription.TopicFilter))
        {
            throw new ArgumentException($"'{subscription.TopicFilter}' is not a valid topic filter (section 4.7).", nameof(subscription));
        }

        MqttUtf8.ThrowIfInvalid(subscription.TopicFilter, nameof(subscription));
        if (subscription.NoLocal && MqttTopicFilter.TrySplitShared(subscription.TopicFilter, out _, out _))
        {
            throw new ArgumentException("No Local cannot be set on a shared subscription [MQTT-3.8.3-4].", nameof(subscription));
        }

        if (!Enum.IsDefined(subscription.QualityOfService) || !Enum.IsDefined(subscription.RetainHandling))
        {
            throw new ArgumentException("The QoS or Retain Handling of a subscription is out of range.", nameof(subscription));
        }
    }
}
