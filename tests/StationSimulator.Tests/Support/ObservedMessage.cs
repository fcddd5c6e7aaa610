namespace CommuneRadio.StationSimulator.Tests.Support;

/// <summary>A message as the system side sees it at the broker.</summary>
public sealed record ObservedMessage(string Topic, byte[] Payload, bool Retain, MQTTnet.Protocol.MqttQualityOfServiceLevel QualityOfService)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Payload);

    public override string ToString() => $"{Topic} {(Retain ? "(retained) " : "")}{(Payload.Length > 200 ? $"{Payload.Length} bytes" : Text)}";
}
