using System.Diagnostics;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// Encodes and decodes every control packet for one protocol version. <see cref="For"/> picks the
/// instance for a version; both are stateless and safe to share between threads and connections.
/// </summary>
internal sealed class MqttPacketFormatter
{
    public static readonly MqttPacketFormatter V311 = new(MqttProtocolVersion.V311);

    public static readonly MqttPacketFormatter V500 = new(MqttProtocolVersion.V500);

    private MqttPacketFormatter(MqttProtocolVersion version) => Version = version;

    public MqttProtocolVersion Version { get; }

    public static MqttPacketFormatter For(MqttProtocolVersion version) => version switch
    {
        MqttProtocolVersion.V311 => V311,
        MqttProtocolVersion.V500 => V500,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Only MQTT 3.1.1 (4) and 5.0 (5) are supported."),
    };

    /// <summary>Total size of <paramref name="packet"/> on the wire. Throws <see cref="ArgumentException"/> for content that may not be sent.</summary>
    public int Measure(MqttPacket packet, out int bodyLength)
    {
        var measure = MqttBufferWriter.Measuring();
        WriteBody(ref measure, packet);
        bodyLength = measure.Position;
        if (bodyLength > VariableByteInteger.MaxValue)
        {
            throw new ArgumentException($"A {packet.Type.Name()} of {bodyLength} bytes is larger than MQTT allows.", nameof(packet));
        }

        return 1 + VariableByteInteger.GetSize(bodyLength) + bodyLength;
    }

    /// <summary>Writes <paramref name="packet"/>, measured by <see cref="Measure"/>, at the start of <paramref name="destination"/>.</summary>
    public void Write(MqttPacket packet, int bodyLength, Span<byte> destination)
    {
        destination[0] = FixedHeader(packet);
        var offset = 1 + VariableByteInteger.Write(destination[1..], bodyLength);
        var writer = new MqttBufferWriter(destination[offset..]);
        WriteBody(ref writer, packet);
        Debug.Assert(writer.Position == bodyLength, "the measuring and the writing pass disagree");
    }

    public byte[] Encode(MqttPacket packet)
    {
        var bytes = new byte[Measure(packet, out var bodyLength)];
        Write(packet, bodyLength, bytes);
        return bytes;
    }

    /// <summary>Decodes one packet from its fixed header byte and body. Throws <see cref="MqttProtocolException"/> on anything malformed.</summary>
    public MqttPacket Decode(byte fixedHeader, ReadOnlyMemory<byte> body)
    {
        var type = CheckFixedHeader(fixedHeader);
        if (type == MqttPacketType.Publish)
        {
            var publish = new PublishPacket();
            PublishCodec.Read((byte)(fixedHeader & 0x0F), body, Version, publish, cache: null);
            return publish;
        }

        var reader = new MqttBufferReader(body.Span);
        MqttPacket packet = type switch
        {
            MqttPacketType.Connect => ConnectCodec.Read(ref reader, Version),
            MqttPacketType.ConnAck => ConnAckCodec.Read(ref reader, Version),
            MqttPacketType.PubAck or MqttPacketType.PubRec or MqttPacketType.PubRel or MqttPacketType.PubComp =>
                PublishAcknowledgementCodec.Read(type, ref reader, Version),
            MqttPacketType.Subscribe => SubscribeCodec.Read(ref reader, Version),
            MqttPacketType.SubAck => SubAckCodec.Read(ref reader, Version),
            MqttPacketType.Unsubscribe => UnsubscribeCodec.Read(ref reader, Version),
            MqttPacketType.UnsubAck => UnsubAckCodec.Read(ref reader, Version),
            MqttPacketType.PingReq => PingReqPacket.Instance,
            MqttPacketType.PingResp => PingRespPacket.Instance,
            MqttPacketType.Disconnect => DisconnectCodec.Read(ref reader, Version),
            _ => AuthCodec.Read(ref reader),
        };
        reader.EnsureEnd(type.Name());
        return packet;
    }

    /// <summary>The receive hot path: decodes a PUBLISH into a reused packet, topic through <paramref name="cache"/>.</summary>
    public void DecodePublish(byte fixedHeader, ReadOnlyMemory<byte> body, PublishPacket target, TopicCache? cache)
    {
        CheckFixedHeader(fixedHeader);
        PublishCodec.Read((byte)(fixedHeader & 0x0F), body, Version, target, cache);
    }

    /// <summary>
    /// Checks the type and the flags of a fixed header (MQTT 5.0 section 2.1.3): reserved flags must
    /// hold exactly their defined value [MQTT-2.1.3-1]; type 0, and type 15 under 3.1.1, are reserved.
    /// </summary>
    public MqttPacketType CheckFixedHeader(byte fixedHeader)
    {
        var type = (MqttPacketType)(fixedHeader >> 4);
        var flags = fixedHeader & 0x0F;
        if (type == 0 || (type == MqttPacketType.Auth && Version == MqttProtocolVersion.V311))
        {
            throw MqttProtocolException.Malformed($"Packet type {(int)type} is reserved in MQTT {(Version == MqttProtocolVersion.V500 ? "5.0" : "3.1.1")}.");
        }

        var expected = type is MqttPacketType.PubRel or MqttPacketType.Subscribe or MqttPacketType.Unsubscribe ? 0x02 : 0x00;
        if (type != MqttPacketType.Publish && flags != expected)
        {
            throw MqttProtocolException.Malformed($"{type.Name()} has fixed header flags 0x{flags:X1}, expected 0x{expected:X1} [MQTT-2.1.3-1].");
        }

        return type;
    }

    private static byte FixedHeader(MqttPacket packet)
    {
        var flags = packet switch
        {
            PublishPacket publish => PublishCodec.Flags(publish),
            PubRelPacket or SubscribePacket or UnsubscribePacket => 0x02,
            _ => 0x00,
        };
        return (byte)(((byte)packet.Type << 4) | flags);
    }

    private void WriteBody(ref MqttBufferWriter writer, MqttPacket packet)
    {
        switch (packet)
        {
            case ConnectPacket connect: ConnectCodec.Write(ref writer, connect, Version); break;
            case ConnAckPacket connAck: ConnAckCodec.Write(ref writer, connAck, Version); break;
            case PublishPacket publish: PublishCodec.Write(ref writer, publish, Version); break;
            case PublishAcknowledgementPacket acknowledgement: PublishAcknowledgementCodec.Write(ref writer, acknowledgement, Version); break;
            case SubscribePacket subscribe: SubscribeCodec.Write(ref writer, subscribe, Version); break;
            case SubAckPacket subAck: SubAckCodec.Write(ref writer, subAck, Version); break;
            case UnsubscribePacket unsubscribe: UnsubscribeCodec.Write(ref writer, unsubscribe, Version); break;
            case UnsubAckPacket unsubAck: UnsubAckCodec.Write(ref writer, unsubAck, Version); break;
            case PingReqPacket or PingRespPacket: break;
            case DisconnectPacket disconnect: DisconnectCodec.Write(ref writer, disconnect, Version); break;
            case AuthPacket auth when Version == MqttProtocolVersion.V500: AuthCodec.Write(ref writer, auth); break;
            default: throw new ArgumentException($"{packet.Type.Name()} cannot be encoded for this protocol version.", nameof(packet));
        }
    }
}
