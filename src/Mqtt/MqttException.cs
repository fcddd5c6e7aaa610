namespace CommuneRadio.Mqtt;

/// <summary>Base of every exception the MQTT client throws for protocol or connection reasons.</summary>
public class MqttException : Exception
{
    public MqttException()
    {
    }

    public MqttException(string message)
        : base(message)
    {
    }

    public MqttException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
