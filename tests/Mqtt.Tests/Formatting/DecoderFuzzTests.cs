using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Internal;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Tests.Formatting;

/// <summary>
/// The decoder against seeded hostile input: it must decode a packet or throw
/// <see cref="MqttProtocolException"/>, nothing else, and never buffer beyond the maximum packet size.
/// </summary>
public sealed class DecoderFuzzTests
{
    private const int Seed = 20_261_122;
    private const int Cases = 5_000;
    private const int MaximumPacketSize = 2_048;

    [Fact]
    public async Task Hostile_bytes_decode_or_fail_with_a_protocol_error_and_nothing_else()
    {
        var inputs = new FuzzInputs(Seed);
        int decoded = 0, refused = 0, incomplete = 0;
        for (var i = 0; i < Cases; i++)
        {
            var version = i % 2 == 0 ? MqttProtocolVersion.V500 : MqttProtocolVersion.V311;
            var bytes = inputs.Next();
            try
            {
                var (packets, complete) = await DecodeAllAsync(bytes, MqttPacketFormatter.For(version));
                decoded += packets;
                incomplete += complete ? 0 : 1;
            }
            catch (MqttProtocolException e)
            {
                Assert.True(e.ReasonCode >= MqttReasonCode.UnspecifiedError, $"case {i}: a refusal carries a failure reason code, not {e.ReasonCode}");
                refused++;
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} (seed {Seed}, {inputs.LastStrategy}, MQTT {version}) threw {e.GetType().Name} instead of MqttProtocolException " +
                    $"for {Convert.ToHexString(bytes)}:{Environment.NewLine}{e}");
            }
        }

        // The generator must exercise all three outcomes, or it is not testing much.
        Assert.True(decoded > Cases / 20, $"only {decoded} packets decoded");
        Assert.True(refused > Cases / 5, $"only {refused} inputs refused");
        Assert.True(incomplete > Cases / 50, $"only {incomplete} inputs left incomplete");
    }

    [Fact]
    public async Task A_length_over_the_maximum_is_refused_from_the_header_alone_without_buffering_the_body()
    {
        // A PUBLISH announcing 268,435,455 bytes, of which 3 arrive.
        using var reader = new PacketReader(new MemoryStream([0x30, 0xFF, 0xFF, 0xFF, 0x7F, 0, 1, 0x61]), MaximumPacketSize);
        Assert.True(await reader.FillAsync(CancellationToken.None));

        var failure = Assert.Throws<MqttProtocolException>(() => reader.TryTakeFrame(out _, out _));
        Assert.Equal(MqttReasonCode.PacketTooLarge, failure.ReasonCode);
        Assert.True(reader.BufferSize <= 8 * 1024, $"the reader holds {reader.BufferSize} bytes for a refused packet");
    }

    [Fact]
    public async Task A_partial_packet_under_the_maximum_never_grows_the_buffer_past_the_maximum()
    {
        var announced = MaximumPacketSize - 10;
        var header = new byte[5];
        header[0] = 0x30;
        var size = VariableByteInteger.Write(header.AsSpan(1), announced);
        using var reader = new PacketReader(new MemoryStream([.. header[..(1 + size)], 0, 1, 0x61]), MaximumPacketSize);

        Assert.True(await reader.FillAsync(CancellationToken.None));
        Assert.False(reader.TryTakeFrame(out _, out _));
        Assert.False(await reader.FillAsync(CancellationToken.None), "the stream has nothing more");
        Assert.InRange(reader.BufferSize, announced, 2 * MaximumPacketSize);
    }

    /// <summary>Frames and decodes everything in <paramref name="bytes"/> as the client's receive loop does.</summary>
    private static async Task<(int Packets, bool Complete)> DecodeAllAsync(byte[] bytes, MqttPacketFormatter formatter)
    {
        using var reader = new PacketReader(new MemoryStream(bytes), MaximumPacketSize);
        var publish = new PublishPacket();
        var cache = new TopicCache(16);
        var aliases = new TopicAliasMap(8);
        var packets = 0;
        while (await reader.FillAsync(CancellationToken.None))
        {
            Assert.True(reader.BufferSize <= 2 * MaximumPacketSize, $"the reader buffered {reader.BufferSize} bytes");
            while (reader.TryTakeFrame(out var fixedHeader, out var body))
            {
                if (fixedHeader >> 4 == (int)MqttPacketType.Publish)
                {
                    formatter.DecodePublish(fixedHeader, body, publish, cache);
                    aliases.Resolve(publish.Topic, publish.TopicAlias);
                }
                else
                {
                    formatter.Decode(fixedHeader, body);
                }

                packets++;
            }
        }

        return (packets, !reader.TryTakeFrame(out _, out _) && reader.BufferSize == 0);
    }
}
