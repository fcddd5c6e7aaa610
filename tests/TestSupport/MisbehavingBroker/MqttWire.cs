using System.Text;

namespace CommuneRadio.TestSupport.MisbehavingBroker;

/// <summary>The few pieces of the MQTT wire format the misbehaving broker writes and reads.</summary>
internal static class MqttWire
{
    public const byte ProtocolLevel5 = 5;

    /// <summary>A whole packet: the first byte, the Remaining Length as a variable byte integer, the body.</summary>
    public static byte[] Packet(byte first, ReadOnlySpan<byte> body)
    {
        var packet = new List<byte>(body.Length + 5) { first };
        packet.AddRange(VariableByteInteger(body.Length));
        packet.AddRange(body.ToArray());
        return [.. packet];
    }

    public static byte[] VariableByteInteger(int value)
    {
        var bytes = new List<byte>(4);
        do
        {
            var digit = (byte)(value % 128);
            value /= 128;
            bytes.Add(value > 0 ? (byte)(digit | 0x80) : digit);
        }
        while (value > 0);
        return [.. bytes];
    }

    /// <summary>A two-byte length and the bytes (an MQTT string or binary field).</summary>
    public static byte[] Prefixed(ReadOnlySpan<byte> bytes) => [(byte)(bytes.Length >> 8), (byte)bytes.Length, .. bytes];

    public static byte[] ConnAck(byte level) => level == ProtocolLevel5 ? Packet(0x20, [0, 0, 0]) : Packet(0x20, [0, 0]);

    /// <summary>A PUBLISH from the broker with the topic as raw bytes; <paramref name="properties"/> only under 5.0.</summary>
    public static byte[] Publish(byte level, int qos, ReadOnlySpan<byte> topic, ReadOnlySpan<byte> payload, ushort packetId = 1, ReadOnlySpan<byte> properties = default)
    {
        var body = new List<byte>(Prefixed(topic));
        if (qos > 0)
        {
            body.Add((byte)(packetId >> 8));
            body.Add((byte)packetId);
        }

        if (level == ProtocolLevel5)
        {
            body.AddRange(VariableByteInteger(properties.Length));
            body.AddRange(properties.ToArray());
        }

        body.AddRange(payload.ToArray());
        return Packet((byte)(0x30 | (qos << 1)), [.. body]);
    }

    public static byte[] Publish(byte level, int qos, string topic, string payload) =>
        Publish(level, qos, Encoding.UTF8.GetBytes(topic), Encoding.UTF8.GetBytes(payload));

    /// <summary>Reads one packet: its first byte and body; null at the end of the stream.</summary>
    public static async Task<(byte First, byte[] Body)?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var one = new byte[1];
        if (await stream.ReadAsync(one, cancellationToken) == 0)
        {
            return null;
        }

        var first = one[0];
        var length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (shift > 21 || await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return null;
            }

            length |= (one[0] & 0x7F) << shift;
            if ((one[0] & 0x80) == 0)
            {
                break;
            }
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return (first, body);
    }
}
