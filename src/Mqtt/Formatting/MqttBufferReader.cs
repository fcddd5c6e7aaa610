using System.Buffers.Binary;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// Reads MQTT data types (section 1.5) from the body of one packet. Reading past the end is a
/// Malformed Packet: every read is bounded by the packet, so a hostile length can never make the
/// reader allocate or look beyond the bytes received.
/// </summary>
internal ref struct MqttBufferReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _origin;
    private int _position;

    public MqttBufferReader(ReadOnlySpan<byte> data)
        : this(data, 0)
    {
    }

    private MqttBufferReader(ReadOnlySpan<byte> data, int origin)
    {
        _data = data;
        _origin = origin;
        _position = 0;
    }

    public readonly int Remaining => _data.Length - _position;

    /// <summary>Position from the start of the packet body, also inside a properties section.</summary>
    public readonly int Offset => _origin + _position;

    public byte ReadByte()
    {
        Need(1, "a byte");
        return _data[_position++];
    }

    public ushort ReadUInt16()
    {
        Need(2, "a two-byte integer");
        var value = BinaryPrimitives.ReadUInt16BigEndian(_data[_position..]);
        _position += 2;
        return value;
    }

    public uint ReadUInt32()
    {
        Need(4, "a four-byte integer");
        var value = BinaryPrimitives.ReadUInt32BigEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    public int ReadVariableByteInteger()
    {
        if (!VariableByteInteger.TryRead(_data[_position..], out var value, out var size))
        {
            throw MqttProtocolException.Malformed("The packet ends inside a Variable Byte Integer.");
        }

        _position += size;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        // The description is formatted only on failure: this runs for every received topic and payload.
        if (count > Remaining)
        {
            Need(count, $"{count} bytes");
        }

        var bytes = _data.Slice(_position, count);
        _position += count;
        return bytes;
    }

    /// <summary>Binary Data: two-byte length, then that many bytes (section 1.5.6).</summary>
    public ReadOnlySpan<byte> ReadBinary() => ReadBytes(ReadUInt16());

    /// <summary>The bytes of a UTF-8 Encoded String, not yet validated (the topic cache validates while decoding).</summary>
    public ReadOnlySpan<byte> ReadStringBytes() => ReadBytes(ReadUInt16());

    /// <summary>A UTF-8 Encoded String, validated (section 1.5.4).</summary>
    public string ReadString() => MqttUtf8.Decode(ReadStringBytes());

    public ReadOnlySpan<byte> ReadRest() => ReadBytes(Remaining);

    /// <summary>Reads the properties length and returns a reader over exactly the properties (section 2.2.2.1).</summary>
    public MqttBufferReader ReadProperties()
    {
        var length = ReadVariableByteInteger();
        var origin = Offset;
        return new MqttBufferReader(ReadBytes(length), origin);
    }

    /// <summary>Bytes left over after a packet's last field make it malformed.</summary>
    public readonly void EnsureEnd(string packet)
    {
        if (Remaining != 0)
        {
            throw MqttProtocolException.Malformed($"{packet} has {Remaining} byte(s) after its last field.");
        }
    }

    private readonly void Need(int count, string what)
    {
        if (count > Remaining)
        {
            throw MqttProtocolException.Malformed($"The packet ends before {what} (needs {count}, has {Remaining}).");
        }
    }
}
