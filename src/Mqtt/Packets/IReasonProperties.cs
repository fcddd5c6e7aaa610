namespace CommuneRadio.Mqtt.Packets;

/// <summary>Acknowledgements whose only properties are a Reason String and User Properties.</summary>
internal interface IReasonProperties
{
    string? ReasonString { get; set; }

    IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }
}
