using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Internal;

namespace CommuneRadio.Mqtt.Tests.Formatting;

public sealed class PacketRoundTripTests
{
    public static TheoryData<string> Version5Packets => [.. SamplePackets.Names(MqttProtocolVersion.V500)];

    public static TheoryData<string> Version311Packets => [.. SamplePackets.Names(MqttProtocolVersion.V311)];

    [Theory]
    [MemberData(nameof(Version5Packets))]
    public void Every_MQTT_5_packet_decodes_to_what_was_encoded(string name) => AssertRoundTrip(MqttProtocolVersion.V500, name);

    [Theory]
    [MemberData(nameof(Version311Packets))]
    public void Every_MQTT_3_1_1_packet_decodes_to_what_was_encoded(string name) => AssertRoundTrip(MqttProtocolVersion.V311, name);

    [Fact]
    public async Task Packets_written_back_to_back_are_framed_one_by_one_by_the_reader()
    {
        var formatter = MqttPacketFormatter.V500;
        var names = SamplePackets.Names(MqttProtocolVersion.V500).ToList();
        var stream = new MemoryStream(names.SelectMany(n => formatter.Encode(SamplePackets.Get(MqttProtocolVersion.V500, n))).ToArray());
        using var reader = new PacketReader(stream, int.MaxValue);

        var decoded = new List<string>();
        while (decoded.Count < names.Count)
        {
            while (reader.TryTakeFrame(out var header, out var body))
            {
                decoded.Add(PacketDump.Of(formatter.Decode(header, body)));
            }

            if (decoded.Count < names.Count)
            {
                Assert.True(await reader.FillAsync(CancellationToken.None), "the stream ended early");
            }
        }

        Assert.Equal(names.Select(n => PacketDump.Of(SamplePackets.Get(MqttProtocolVersion.V500, n))), decoded);
    }

    private static void AssertRoundTrip(MqttProtocolVersion version, string name)
    {
        var formatter = MqttPacketFormatter.For(version);
        var packet = SamplePackets.Get(version, name);
        var bytes = formatter.Encode(packet);

        Assert.True(MqttFrame.TryReadHeader(bytes, int.MaxValue, out var headerLength, out var remainingLength));
        Assert.Equal(bytes.Length, headerLength + remainingLength);
        var decoded = formatter.Decode(bytes[0], bytes.AsMemory(headerLength));
        Assert.Equal(PacketDump.Of(packet), PacketDump.Of(decoded));
        Assert.Equal(bytes, formatter.Encode(decoded));
    }
}
