using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Tests.Formatting;

/// <summary>Encodings written out by hand from the specification, so a mistake made the same way in writer and reader cannot hide.</summary>
public sealed class WireFormatTests
{
    [Theory]
    [InlineData(0, "00")]
    [InlineData(127, "7F")]
    [InlineData(128, "8001")]
    [InlineData(16_383, "FF7F")]
    [InlineData(16_384, "808001")]
    [InlineData(2_097_151, "FFFF7F")]
    [InlineData(2_097_152, "80808001")]
    [InlineData(268_435_455, "FFFFFF7F")]
    public void Variable_byte_integers_use_the_encodings_of_section_1_5_5(int value, string hex)
    {
        var buffer = new byte[4];
        var size = VariableByteInteger.Write(buffer, value);

        Assert.Equal(hex, Convert.ToHexString(buffer, 0, size));
        Assert.Equal(size, VariableByteInteger.GetSize(value));
        Assert.True(VariableByteInteger.TryRead(Convert.FromHexString(hex), out var read, out var readSize));
        Assert.Equal((value, size), (read, readSize));
    }

    [Fact]
    public void A_variable_byte_integer_cannot_exceed_268_435_455()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableByteInteger.GetSize(268_435_456));
        Assert.Throws<ArgumentOutOfRangeException>(() => VariableByteInteger.GetSize(-1));
    }

    public static TheoryData<string, string> Encodings => new()
    {
        { "connect 3.1.1", "100D00044D5154540402003C000163" },
        { "connect 5.0", "100E00044D5154540502003C00000163" },
        { "publish 5.0 qos 0", "30080003612F62006869" },
        { "puback success", "40020001" },
        { "puback no matching subscribers", "4003000110" },
        { "pubrel", "62020001" },
        { "subscribe 3.1.1", "820800010003612F6201" },
        { "pingreq", "C000" },
        { "pingresp", "D000" },
        { "disconnect normal", "E000" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Packets_have_the_bytes_the_specification_prescribes(string name, string hex)
    {
        var (packet, version) = name switch
        {
            "connect 3.1.1" => ((MqttPacket)new ConnectPacket { ClientId = "c", CleanStart = true, KeepAlive = 60 }, MqttProtocolVersion.V311),
            "connect 5.0" => (new ConnectPacket { ClientId = "c", CleanStart = true, KeepAlive = 60 }, MqttProtocolVersion.V500),
            "publish 5.0 qos 0" => (new PublishPacket { Topic = "a/b", Payload = "hi"u8.ToArray() }, MqttProtocolVersion.V500),
            "puback success" => (new PubAckPacket { PacketId = 1 }, MqttProtocolVersion.V500),
            "puback no matching subscribers" => (new PubAckPacket { PacketId = 1, ReasonCode = MqttReasonCode.NoMatchingSubscribers }, MqttProtocolVersion.V500),
            "pubrel" => (new PubRelPacket { PacketId = 1 }, MqttProtocolVersion.V500),
            "subscribe 3.1.1" => (new SubscribePacket { PacketId = 1, Subscriptions = [new MqttTopicSubscription("a/b", MqttQualityOfService.AtLeastOnce)] }, MqttProtocolVersion.V311),
            "pingreq" => (PingReqPacket.Instance, MqttProtocolVersion.V500),
            "pingresp" => (PingRespPacket.Instance, MqttProtocolVersion.V500),
            _ => (new DisconnectPacket(), MqttProtocolVersion.V500),
        };

        Assert.Equal(hex, Convert.ToHexString(MqttPacketFormatter.For(version).Encode(packet)));
    }

    [Theory]
    [InlineData(MqttPacketType.PubAck, MqttReasonCode.Success, "40020102")]
    [InlineData(MqttPacketType.PubRec, MqttReasonCode.Success, "50020102")]
    [InlineData(MqttPacketType.PubRel, MqttReasonCode.Success, "62020102")]
    [InlineData(MqttPacketType.PubComp, MqttReasonCode.PacketIdentifierNotFound, "7003010292")]
    internal void The_allocation_free_acknowledgement_writer_matches_the_formatter(MqttPacketType type, MqttReasonCode reason, string hex)
    {
        var buffer = new byte[5];
        var length = PublishAcknowledgementCodec.WriteShort(buffer, type, 0x0102, reason, MqttProtocolVersion.V500);

        Assert.Equal(hex, Convert.ToHexString(buffer, 0, length));
        var packet = PublishAcknowledgementPacket.Create(type);
        (packet.PacketId, packet.ReasonCode) = (0x0102, reason);
        Assert.Equal(hex, Convert.ToHexString(MqttPacketFormatter.V500.Encode(packet)));
    }

    [Fact]
    public void Under_3_1_1_acknowledgements_never_carry_a_reason_code()
    {
        var buffer = new byte[5];
        var length = PublishAcknowledgementCodec.WriteShort(buffer, MqttPacketType.PubComp, 7, MqttReasonCode.PacketIdentifierNotFound, MqttProtocolVersion.V311);

        Assert.Equal("70020007", Convert.ToHexString(buffer, 0, length));
    }
}
