namespace CommuneRadio.Mqtt.Packets;

/// <summary>The Will of a CONNECT packet: flags, Will Properties, topic and payload (MQTT 5.0 section 3.1.3.2).</summary>
internal sealed class WillMessage
{
    public string Topic { get; set; } = "";

    public ReadOnlyMemory<byte> Payload { get; set; }

    public MqttQualityOfService QualityOfService { get; set; }

    public bool Retain { get; set; }

    public uint? DelayInterval { get; set; }

    public MqttPayloadFormatIndicator? PayloadFormatIndicator { get; set; }

    public uint? MessageExpiryInterval { get; set; }

    public string? ContentType { get; set; }

    public string? ResponseTopic { get; set; }

    public byte[]? CorrelationData { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }
}
