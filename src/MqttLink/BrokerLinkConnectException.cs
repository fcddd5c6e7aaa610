using MQTTnet;
using MQTTnet.Exceptions;

namespace CommuneRadio.MqttLink;

/// <summary>The broker answered CONNECT with a refusal; <see cref="ResultCode"/> says why.</summary>
public sealed class BrokerLinkConnectException(MqttClientConnectResult result)
    : MqttCommunicationException($"The broker refused the connection: {result.ResultCode}{(string.IsNullOrEmpty(result.ReasonString) ? "" : $" ({result.ReasonString})")}", null!)
{
    public MqttClientConnectResultCode ResultCode { get; } = result.ResultCode;

    /// <summary>Refusals that trying again with the same settings cannot cure.</summary>
    public bool IsPermanent => ResultCode is MqttClientConnectResultCode.BadUserNameOrPassword or MqttClientConnectResultCode.NotAuthorized
        or MqttClientConnectResultCode.ClientIdentifierNotValid or MqttClientConnectResultCode.Banned
        or MqttClientConnectResultCode.BadAuthenticationMethod or MqttClientConnectResultCode.UnsupportedProtocolVersion;
}
