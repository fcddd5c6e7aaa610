using MQTTnet;

namespace CommuneRadio.MqttLink;

/// <summary>
/// Handles one received message that passed the link's guard (<see cref="ReceivedMessageGuard"/>).
/// Called one message at a time per connection, in the order the broker sent them; a QoS 1 message
/// is acknowledged after the returned task completes. <paramref name="cancellationToken"/> is
/// cancelled when the link stops.
/// </summary>
public delegate ValueTask BrokerLinkMessageHandler(MqttApplicationMessage message, CancellationToken cancellationToken);
