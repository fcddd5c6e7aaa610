using CommuneRadio.Mqtt.Formatting;

namespace CommuneRadio.Mqtt.Tests.Formatting;

/// <summary>Each rule of the specification a received packet can break, and the reason code the client closes with.</summary>
public sealed class MalformedPacketTests
{
    private const int MaximumPacketSize = 1024 * 1024;

    public static TheoryData<string, string, MqttReasonCode> Cases => new()
    {
        // Fixed header (section 2.1)
        { "remaining length of 5 bytes", "30FFFFFFFF7F", MqttReasonCode.MalformedPacket },
        { "remaining length longer than needed", "308000", MqttReasonCode.MalformedPacket },
        { "packet over the maximum size", "30808080" + "01", MqttReasonCode.PacketTooLarge },
        { "reserved packet type 0", "0000", MqttReasonCode.MalformedPacket },
        { "PUBACK with flags set", "41020001", MqttReasonCode.MalformedPacket },
        { "PUBREL without its 0010 flags", "60020001", MqttReasonCode.MalformedPacket },
        { "SUBSCRIBE without its 0010 flags", "80090001000003612F6200", MqttReasonCode.MalformedPacket },

        // PUBLISH (section 3.3)
        { "PUBLISH at QoS 3", "3606000161000100", MqttReasonCode.MalformedPacket },
        { "PUBLISH at QoS 0 with DUP", "380400016100", MqttReasonCode.MalformedPacket },
        { "PUBLISH with a wildcard in the topic", "30060003612F2300", MqttReasonCode.ProtocolError },
        { "PUBLISH with a + in the topic", "30060003612B6200", MqttReasonCode.ProtocolError },
        { "PUBLISH with ill-formed UTF-8 in the topic", "30040001FF00", MqttReasonCode.MalformedPacket },
        { "PUBLISH with U+0000 in the topic", "300400010000", MqttReasonCode.MalformedPacket },
        { "PUBLISH with neither topic nor alias", "3003000000", MqttReasonCode.ProtocolError },
        { "PUBLISH at QoS 1 with packet identifier 0", "32060001610000" + "00", MqttReasonCode.MalformedPacket },
        { "PUBLISH with a property twice", "3008000161040101" + "0101", MqttReasonCode.ProtocolError },
        { "PUBLISH with a CONNECT-only property", "30090001610511" + "00000000", MqttReasonCode.MalformedPacket },
        { "PUBLISH with payload format indicator 2", "300600016102" + "0102", MqttReasonCode.ProtocolError },
        { "PUBLISH with topic alias 0", "30070001610323" + "0000", MqttReasonCode.ProtocolError },
        { "PUBLISH with subscription identifier 0", "3006000161020B" + "00", MqttReasonCode.ProtocolError },
        { "PUBLISH whose properties overrun the packet", "300400016105", MqttReasonCode.MalformedPacket },
        { "PUBLISH with a truncated topic", "3003000561", MqttReasonCode.MalformedPacket },
        { "PUBLISH with an unknown property identifier", "300600016102" + "7F00", MqttReasonCode.MalformedPacket },

        // CONNACK (section 3.2)
        { "CONNACK with reserved acknowledge flags", "2003020000", MqttReasonCode.MalformedPacket },
        { "CONNACK refusing with session present", "2003018600", MqttReasonCode.ProtocolError },
        { "CONNACK with receive maximum 0", "20060000032100" + "00", MqttReasonCode.ProtocolError },
        { "CONNACK with maximum packet size 0", "2008000005270000" + "0000", MqttReasonCode.ProtocolError },
        { "CONNACK with maximum QoS 2", "200500000224" + "02", MqttReasonCode.ProtocolError },
        { "CONNACK with an undefined reason code", "2003000500", MqttReasonCode.ProtocolError },
        { "CONNACK with ill-formed UTF-8 in the reason string", "20070000041F0001" + "FF", MqttReasonCode.MalformedPacket },
        { "CONNACK with a truncated user property", "2008000005260001" + "6100", MqttReasonCode.MalformedPacket },
        { "CONNACK with bytes after its properties", "200400000000", MqttReasonCode.MalformedPacket },

        // Acknowledgements, SUBSCRIBE, UNSUBSCRIBE, PING, DISCONNECT
        { "PUBACK with a reason code not defined for it", "400300018D", MqttReasonCode.ProtocolError },
        { "PUBACK with packet identifier 0", "40020000", MqttReasonCode.MalformedPacket },
        { "PUBCOMP with a reason code not defined for it", "7003000110", MqttReasonCode.ProtocolError },
        { "SUBACK with a reason code not defined for it", "9004000100" + "03", MqttReasonCode.ProtocolError },
        { "SUBSCRIBE without topic filters", "8203000100", MqttReasonCode.ProtocolError },
        { "SUBSCRIBE with reserved option bits", "82090001000003612F62" + "C1", MqttReasonCode.MalformedPacket },
        { "SUBSCRIBE with retain handling 3", "82090001000003612F62" + "30", MqttReasonCode.ProtocolError },
        { "UNSUBSCRIBE without topic filters", "A203000100", MqttReasonCode.ProtocolError },
        { "PINGRESP with a body", "D00100", MqttReasonCode.MalformedPacket },
        { "DISCONNECT with an undefined reason code", "E0010F", MqttReasonCode.ProtocolError },
        { "AUTH with a reason code not defined for it", "F00110", MqttReasonCode.ProtocolError },

        // CONNECT (section 3.1), decoded by brokers and by the fake broker of these tests
        { "CONNECT naming another protocol", "100E00044D515458" + "0502003C00000163", MqttReasonCode.ProtocolError },
        { "CONNECT asking for another protocol level", "100E00044D515454" + "0302003C00000163", MqttReasonCode.UnsupportedProtocolVersion },
        { "CONNECT with the reserved flag set", "100E00044D515454" + "0503003C00000163", MqttReasonCode.MalformedPacket },
        { "CONNECT with will QoS but no will", "100E00044D515454" + "050A003C00000163", MqttReasonCode.MalformedPacket },
    };

    public static TheoryData<string, string, MqttReasonCode> Version311Cases => new()
    {
        { "AUTH, which MQTT 3.1.1 does not have", "F000", MqttReasonCode.MalformedPacket },
        { "PUBACK with a reason code", "4003000100", MqttReasonCode.MalformedPacket },
        { "CONNACK with return code 6", "20020006", MqttReasonCode.ProtocolError },
        { "SUBACK with return code 3", "9003000103", MqttReasonCode.ProtocolError },
        { "DISCONNECT with a body", "E00100", MqttReasonCode.MalformedPacket },
        { "UNSUBACK with reason codes", "B003000100", MqttReasonCode.MalformedPacket },
        { "SUBSCRIBE with version 5 options", "82080001" + "0003612F6204", MqttReasonCode.MalformedPacket },
        { "CONNECT with a password but no user name", "100F00044D515454" + "0442003C00016300" + "00", MqttReasonCode.MalformedPacket },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_MQTT_5_packet_is_refused_with_the_right_reason_code(string rule, string hex, MqttReasonCode expected) =>
        AssertRefused(MqttPacketFormatter.V500, rule, hex, expected);

    [Theory]
    [MemberData(nameof(Version311Cases))]
    public void A_broken_MQTT_3_1_1_packet_is_refused_with_the_right_reason_code(string rule, string hex, MqttReasonCode expected) =>
        AssertRefused(MqttPacketFormatter.V311, rule, hex, expected);

    private static void AssertRefused(MqttPacketFormatter formatter, string rule, string hex, MqttReasonCode expected)
    {
        var bytes = Convert.FromHexString(hex);
        var failure = Assert.Throws<MqttProtocolException>(() =>
        {
            Assert.True(MqttFrame.TryReadHeader(bytes, MaximumPacketSize, out var headerLength, out var remainingLength), $"{rule}: incomplete test vector");
            Assert.True(bytes.Length == headerLength + remainingLength, $"{rule}: the test vector holds {bytes.Length} bytes, its header says {headerLength + remainingLength}");
            formatter.Decode(bytes[0], bytes.AsMemory(headerLength));
        });
        Assert.True(expected == failure.ReasonCode, $"{rule}: expected {expected}, got {failure.ReasonCode} ({failure.Message})");
    }
}
