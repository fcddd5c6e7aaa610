namespace CommuneRadio.Mqtt;

/// <summary>
/// An MQTT 5.0 / 3.1.1 client: one session with one broker over one connection at a time.
/// <para>
/// Thread-safety: every member may be called from any thread. PublishAsync may be called from many
/// threads at once; messages of one caller go out in call order, QoS 1/2 packet identifiers are
/// assigned under a lock, and a caller waits (asynchronously) when the in-flight window (the
/// broker's Receive Maximum) or the outgoing queue is full. ConnectAsync and DisconnectAsync are
/// serialised with each other and with automatic reconnects.
/// </para>
/// <para>
/// Lifecycle: Disconnected → ConnectAsync → Connected. When the connection is lost and a reconnect
/// policy is set the client goes to Reconnecting, reconnects with backoff from its own monitoring
/// loop, resends unacknowledged QoS 1/2 messages, and restores its subscriptions when the broker did
/// not keep the session. DisconnectAsync returns to Disconnected; DisposeAsync disconnects and
/// releases everything. Received messages go to <see cref="MqttClientOptions.MessageHandler"/>.
/// </para>
/// </summary>
public interface IMqttClient : IAsyncDisposable
{
    /// <summary>Raised after each state change, outside any lock, on the thread that caused it. Do not block in it, and do not reconnect from it: the client does that itself.</summary>
    event EventHandler<MqttClientStateChangedEventArgs>? StateChanged;

    MqttClientState State { get; }

    bool IsConnected { get; }

    /// <summary>The options of the last ConnectAsync, or null before the first.</summary>
    MqttClientOptions? Options { get; }

    /// <summary>
    /// Connects and waits for CONNACK. Throws <see cref="MqttConnectException"/> when the broker
    /// refuses (its reason code inside), <see cref="TimeoutException"/> after
    /// <see cref="MqttClientOptions.Timeout"/> when the token cannot cancel, and
    /// <see cref="InvalidOperationException"/> when the client is not Disconnected.
    /// </summary>
    Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// Publishes. QoS 0 completes once the packet is queued for the socket; QoS 1 on PUBACK; QoS 2 on
    /// PUBCOMP (or on a refusing PUBREC). A broker refusal is returned in the result, not thrown.
    /// Throws <see cref="MqttClientNotConnectedException"/> when there is no connection, and
    /// <see cref="ArgumentException"/> for a message that cannot be sent (wildcard in the topic, over
    /// the broker's maximum packet size, QoS or retain the broker does not support). Cancelling stops
    /// the wait; a QoS 1/2 message already sent stays in flight and may still be delivered.
    /// </summary>
    Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken = default);

    /// <summary>Subscribes and waits for SUBACK. Granted subscriptions are remembered and restored after a reconnect that lost the session.</summary>
    Task<MqttClientSubscribeResult> SubscribeAsync(IReadOnlyList<MqttTopicSubscription> subscriptions, CancellationToken cancellationToken = default);

    /// <summary>Unsubscribes and waits for UNSUBACK; the filters are no longer restored after a reconnect.</summary>
    Task<MqttClientUnsubscribeResult> UnsubscribeAsync(IReadOnlyList<string> topicFilters, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends DISCONNECT with <paramref name="reason"/> (under 5.0; 0x04 asks the broker to publish the
    /// Will anyway), closes the connection and stops reconnecting. Pending operations fail with
    /// <see cref="MqttClientNotConnectedException"/>. Does nothing when already Disconnected.
    /// </summary>
    Task DisconnectAsync(MqttReasonCode reason = MqttReasonCode.NormalDisconnection, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cuts the connection abruptly, without DISCONNECT, as a crashed device or a dead link would: the
    /// socket is closed before this returns, so the broker publishes the Will (after its Will Delay
    /// Interval) and keeps the session for its Session Expiry Interval. The client then behaves as
    /// after any lost connection, and is in that state when the returned task completes: with a
    /// reconnect policy it is Reconnecting and its monitoring loop reconnects after the backoff delay
    /// (resuming the session, resending unacknowledged QoS 1/2 messages, restoring subscriptions);
    /// without one it is Disconnected and pending publishes fail. SUBSCRIBE/UNSUBSCRIBE waiting for
    /// their answer fail in both cases. Does nothing when there is no connection.
    /// <para>
    /// Thread-safe: may be called from any thread, concurrently with every other member (a racing
    /// DisconnectAsync or DisposeAsync wins and no reconnect follows), and from inside the message
    /// handler, whose token it does not cancel; the reconnect waits until that handler returns. Like
    /// every member, it throws <see cref="ObjectDisposedException"/> once DisposeAsync has begun.
    /// </para>
    /// </summary>
    Task AbortAsync(CancellationToken cancellationToken = default);
}
