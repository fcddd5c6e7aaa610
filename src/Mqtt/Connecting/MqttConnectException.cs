namespace CommuneRadio.Mqtt;

/// <summary>The broker refused the connection: CONNACK carried <see cref="ReasonCode"/> (e.g. 0x86 Bad User Name or Password).</summary>
public sealed class MqttConnectException : MqttException
{
    public MqttConnectException(MqttReasonCode reasonCode, string? reasonString)
        : base($"The broker refused the connection: {reasonCode} (0x{(byte)reasonCode:X2}){(reasonString is null ? "" : $", {reasonString}")}.")
    {
        ReasonCode = reasonCode;
        ReasonString = reasonString;
    }

    public MqttReasonCode ReasonCode { get; }

    public string? ReasonString { get; }
}
