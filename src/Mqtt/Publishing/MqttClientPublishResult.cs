namespace CommuneRadio.Mqtt;

/// <summary>
/// How the broker answered a publish. QoS 0 has no answer and always reports success; QoS 1
/// reports the PUBACK, QoS 2 the PUBREC (or PUBCOMP) reason. A refusal (0x80 and above, e.g. 0x87
/// Not authorized) is returned here, not thrown.
/// </summary>
public sealed class MqttClientPublishResult
{
    internal static readonly MqttClientPublishResult Success = new(MqttReasonCode.Success, null, null);

    internal static readonly MqttClientPublishResult NoMatchingSubscribers = new(MqttReasonCode.NoMatchingSubscribers, null, null);

    internal MqttClientPublishResult(MqttReasonCode reasonCode, string? reasonString, IReadOnlyList<MqttUserProperty>? userProperties)
    {
        ReasonCode = reasonCode;
        ReasonString = reasonString;
        UserProperties = userProperties ?? [];
    }

    public MqttReasonCode ReasonCode { get; }

    public bool IsSuccess => ReasonCode < MqttReasonCode.UnspecifiedError;

    public string? ReasonString { get; }

    public IReadOnlyList<MqttUserProperty> UserProperties { get; }

    internal static MqttClientPublishResult From(MqttReasonCode reasonCode, string? reasonString, IReadOnlyList<MqttUserProperty>? userProperties) =>
        (reasonCode, reasonString, userProperties) switch
        {
            (MqttReasonCode.Success, null, null) => Success,
            (MqttReasonCode.NoMatchingSubscribers, null, null) => NoMatchingSubscribers,
            _ => new MqttClientPublishResult(reasonCode, reasonString, userProperties),
        };

    public override string ToString() => $"{ReasonCode}{(ReasonString is null ? "" : $" ({ReasonString})")}";
}
