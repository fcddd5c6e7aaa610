using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Publishing;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt;

public sealed partial class MqttClient
{
    private static readonly Task<MqttClientPublishResult> PublishedAtMostOnce = Task.FromResult(MqttClientPublishResult.Success);

    public Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ThrowIfDisposed();
        TopicNames.ThrowIfInvalid(message.Topic, nameof(message));
        var connection = Volatile.Read(ref _connection);
        if (connection is null)
        {
            return Task.FromException<MqttClientPublishResult>(new MqttClientNotConnectedException());
        }

        CheckSupported(connection, message);
        var packet = ToPacket(message);
        var size = connection.Formatter.Measure(packet, out var bodyLength);
        CheckSize(connection, size);
        if (message.QualityOfService != MqttQualityOfService.AtMostOnce)
        {
            return PublishWithAcknowledgementAsync(packet, size, bodyLength, cancellationToken);
        }

        // QoS 0: done once queued. The common case completes synchronously and allocates only the packet.
        var space = connection.Sender.WaitForSpaceAsync(cancellationToken);
        if (!space.IsCompletedSuccessfully)
        {
            return PublishAtMostOnceAsync(connection, space, packet, size, bodyLength);
        }

        return connection.Sender.TryEnqueue(packet, size, bodyLength)
            ? PublishedAtMostOnce
            : Task.FromException<MqttClientPublishResult>(new MqttClientNotConnectedException());
    }

    private static async Task<MqttClientPublishResult> PublishAtMostOnceAsync(
        MqttConnection connection, ValueTask space, PublishPacket packet, int size, int bodyLength)
    {
        await space.ConfigureAwait(false);
        return connection.Sender.TryEnqueue(packet, size, bodyLength)
            ? MqttClientPublishResult.Success
            : throw new MqttClientNotConnectedException();
    }

    /// <summary>
    /// QoS 1/2: wait for a slot of the in-flight window, then for room in the outgoing queue, then
    /// take a packet identifier, record the message and queue it in one step under the lock (so a
    /// reconnect resends it exactly once), then wait for the final acknowledgement.
    /// </summary>
    private async Task<MqttClientPublishResult> PublishWithAcknowledgementAsync(PublishPacket packet, int size, int bodyLength, CancellationToken cancellationToken)
    {
        await _session.Quota.AcquireAsync(cancellationToken).ConfigureAwait(false);
        OutgoingPublish publish;
        try
        {
            var connection = Volatile.Read(ref _connection) ?? throw new MqttClientNotConnectedException();
            await connection.Sender.WaitForSpaceAsync(cancellationToken).ConfigureAwait(false);
            publish = new OutgoingPublish(packet);
            lock (_gate)
            {
                connection = RequireConnection();
                CheckSize(connection, size);
                packet.PacketId = _session.PacketIds.Allocate();
                _session.Outgoing.Add(publish);

                // When the connection is closing the message stays recorded and goes out after the reconnect.
                connection.Sender.TryEnqueue(packet, size, bodyLength);
            }
        }
        catch
        {
            _session.Quota.Release();
            throw;
        }

        var completion = publish.Completion.Task;
        return await (cancellationToken.CanBeCanceled ? completion.WaitAsync(cancellationToken) : completion).ConfigureAwait(false);
    }

    private static PublishPacket ToPacket(MqttApplicationMessage message) => new()
    {
        Topic = message.Topic,
        Payload = message.Payload,
        QualityOfService = message.QualityOfService,
        Retain = message.Retain,
        PayloadFormatIndicator = message.PayloadFormatIndicator == MqttPayloadFormatIndicator.Unspecified ? null : message.PayloadFormatIndicator,
        MessageExpiryInterval = MqttApplicationMessage.ToSeconds(message.MessageExpiryInterval),
        ContentType = message.ContentType,
        ResponseTopic = message.ResponseTopic,
        CorrelationData = message.CorrelationData,
        UserProperties = message.UserProperties,
    };

    /// <summary>A client must not use a QoS above the broker's Maximum QoS [MQTT-3.2.2-11] nor retain when Retain Available is 0 [MQTT-3.2.2-14].</summary>
    private static void CheckSupported(MqttConnection connection, MqttApplicationMessage message)
    {
        if (message.QualityOfService > connection.MaximumQualityOfService)
        {
            throw new ArgumentException($"The broker accepts QoS up to {(int)connection.MaximumQualityOfService}; this message asks for {(int)message.QualityOfService}.", nameof(message));
        }

        if (message.Retain && !connection.RetainAvailable)
        {
            throw new ArgumentException("The broker does not support retained messages (Retain Available is 0).", nameof(message));
        }
    }

    private static void CheckSize(MqttConnection connection, int size)
    {
        if (size > connection.MaximumOutgoingPacketSize)
        {
            throw new ArgumentException(
                $"The packet takes {size} bytes; the broker accepts at most {connection.MaximumOutgoingPacketSize} (Maximum Packet Size, section 3.2.2.3.6).");
        }
    }
}
