namespace CommuneRadio.Mqtt;

/// <summary>
/// The operation needs a connection and the client has none (never connected, disconnected, or
/// reconnecting). A QoS 1/2 publish that fails with it after it was sent may still have reached the
/// broker.
/// </summary>
public sealed class MqttClientNotConnectedException : MqttException
{
    public MqttClientNotConnectedException(string message = "The MQTT client is not connected.")
        : base(message)
    {
    }
}
