namespace CommuneRadio.Mqtt;

/// <summary>Whether retained messages are sent when a subscription is made (MQTT 5.0 section 3.8.3.1).</summary>
public enum MqttRetainHandling : byte
{
    /// <summary>Send retained messages at the time of the subscribe.</summary>
    SendAtSubscribe = 0,

    /// <summary>Send retained messages only when the subscription did not exist before.</summary>
    SendAtSubscribeIfNew = 1,

    /// <summary>Do not send retained messages at the time of the subscribe.</summary>
    DoNotSend = 2,
}
