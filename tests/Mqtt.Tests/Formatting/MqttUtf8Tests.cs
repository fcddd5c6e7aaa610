using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Tests.Formatting;

public sealed class MqttUtf8Tests
{
    [Fact]
    public void Vietnamese_text_round_trips_byte_for_byte()
    {
        const string text = "Cảnh báo bão số 3: sơ tán khẩn cấp — đài xã Tân Hòa";
        var packet = new PublishPacket { Topic = "stations/tân-hòa/cmd", Payload = "x"u8.ToArray(), ContentType = text };
        var bytes = MqttPacketFormatter.V500.Encode(packet);

        var decoded = (PublishPacket)MqttPacketFormatter.V500.Decode(bytes[0], bytes.AsMemory(2));
        Assert.Equal("stations/tân-hòa/cmd", decoded.Topic);
        Assert.Equal(text, decoded.ContentType);
    }

    [Fact]
    public void A_byte_order_mark_is_data_and_is_kept()
    {
        // [MQTT-1.5.4-3]: 0xEF 0xBB 0xBF is U+FEFF and must not be skipped or stripped.
        Assert.Equal("\uFEFFa", MqttUtf8.Decode([0xEF, 0xBB, 0xBF, (byte)'a']));
    }

    [Theory]
    [InlineData("00", "U+0000")]
    [InlineData("610062", "U+0000 inside")]
    [InlineData("C080", "overlong encoding of U+0000")]
    [InlineData("EDA080", "an encoded surrogate U+D800")]
    [InlineData("E180", "a truncated sequence")]
    [InlineData("FF", "a byte never used in UTF-8")]
    [InlineData("80", "a lone continuation byte")]
    [InlineData("F4908080", "a code point above U+10FFFF")]
    public void Received_strings_that_are_not_well_formed_are_malformed_packets(string hex, string what)
    {
        var failure = Assert.Throws<MqttProtocolException>(() => MqttUtf8.Decode(Convert.FromHexString(hex)));
        Assert.True(failure.ReasonCode == MqttReasonCode.MalformedPacket, $"{what} gave {failure.ReasonCode}");
    }

    [Theory]
    [InlineData("null character")]
    [InlineData("lone high surrogate")]
    [InlineData("lone low surrogate")]
    public void Strings_that_may_not_be_sent_are_refused_before_encoding(string what)
    {
        // Built here: test runners re-encode theory arguments and would replace a lone surrogate.
        var value = what switch
        {
            "null character" => "a\0b",
            "lone high surrogate" => "lone \uD800 surrogate",
            _ => "\uDC00",
        };
        Assert.Throws<ArgumentException>(() => MqttUtf8.GetByteCount(value));
        Assert.Throws<ArgumentException>(() => MqttPacketFormatter.V500.Encode(new PublishPacket { Topic = value }));
    }

    [Fact]
    public void Strings_longer_than_65535_bytes_are_refused()
    {
        Assert.Equal(65_535, MqttUtf8.GetByteCount(new string('a', 65_535)));
        Assert.Throws<ArgumentException>(() => MqttUtf8.GetByteCount(new string('a', 65_536)));
        Assert.Throws<ArgumentException>(() => MqttUtf8.GetByteCount(new string('đ', 40_000)));
    }
}
