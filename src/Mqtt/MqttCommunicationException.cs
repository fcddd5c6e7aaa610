namespace CommuneRadio.Mqtt;

/// <summary>
/// The network connection failed or closed: the broker went away, a write failed, no PINGRESP
/// arrived within the keep-alive, or the broker sent a DISCONNECT (<see cref="ReasonCode"/> then
/// holds its reason).
/// </summary>
public sealed class MqttCommunicationException : MqttException
{
    public MqttCommunicationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public MqttCommunicationException(MqttReasonCode reasonCode, string message)
        : base(message) => ReasonCode = reasonCode;

    /// <summary>The reason of the broker's DISCONNECT, when the broker closed the connection with one.</summary>
    public MqttReasonCode? ReasonCode { get; }
}
