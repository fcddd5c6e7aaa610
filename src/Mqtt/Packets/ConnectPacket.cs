namespace CommuneRadio.Mqtt.Packets;

/// <summary>CONNECT (MQTT 5.0 section 3.1). <see cref="ToString"/> never shows the password.</summary>
internal sealed class ConnectPacket : MqttPacket
{
    public override MqttPacketType Type => MqttPacketType.Connect;

    public string ClientId { get; set; } = "";

    public string? UserName { get; set; }

    public byte[]? Password { get; set; }

    public bool CleanStart { get; set; }

    /// <summary>Keep alive in seconds; 0 turns the mechanism off.</summary>
    public ushort KeepAlive { get; set; }

    public WillMessage? Will { get; set; }

    public uint? SessionExpiryInterval { get; set; }

    public ushort? ReceiveMaximum { get; set; }

    public uint? MaximumPacketSize { get; set; }

    public ushort? TopicAliasMaximum { get; set; }

    public bool? RequestResponseInformation { get; set; }

    public bool? RequestProblemInformation { get; set; }

    public string? AuthenticationMethod { get; set; }

    public byte[]? AuthenticationData { get; set; }

    public IReadOnlyList<MqttUserProperty>? UserProperties { get; set; }

    public override string ToString() =>
        $"CONNECT client id '{ClientId}', user '{UserName}', password {(Password is null ? "absent" : "present")}, " +
        $"clean start {CleanStart}, keep alive {KeepAlive} s, will {(Will is null ? "none" : Will.Topic)}";
}
