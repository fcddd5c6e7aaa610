namespace CommuneRadio.Mqtt;

/// <summary>
/// Handles one received message. Called on the client's receive loop, one message at a time, in the
/// order the broker sent them; the next packet is not read until the returned task completes, so a
/// slow handler slows the broker down instead of filling memory. A QoS 1/2 message is acknowledged
/// after the handler returns (also when it throws: the exception is logged at Error level, and
/// redelivery is the handler's own business).
/// <para>
/// <paramref name="message"/> and the memory it exposes are borrowed: they are valid only until the
/// returned task completes, and then reused for the next message. Copy what you keep
/// (<see cref="MqttReceivedMessage.ToApplicationMessage"/> copies everything).
/// </para>
/// <paramref name="cancellationToken"/> is cancelled when the application disconnects or disposes the client.
/// </summary>
public delegate ValueTask MqttMessageHandler(MqttReceivedMessage message, CancellationToken cancellationToken);
