using System.Buffers.Binary;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// Writes MQTT data types (section 1.5) into a span, or, when created by <see cref="Measuring"/>,
/// only counts the bytes they take. Encoding runs the same code twice (measure, then write), so the
/// size computed and the bytes written can never disagree. Strings are validated in the measuring
/// pass, before any byte is written.
/// </summary>
internal ref struct MqttBufferWriter
{
    private readonly Span<byte> _buffer;
    private readonly bool _measuring;
    private int _position;

    public MqttBufferWriter(Span<byte> buffer)
    {
        _buffer = buffer;
        _measuring = false;
        _position = 0;
    }

    private MqttBufferWriter(bool measuring)
    {
        _buffer = default;
        _measuring = measuring;
        _position = 0;
    }

    public readonly int Position => _position;

    public static MqttBufferWriter Measuring() => new(measuring: true);

    public void WriteByte(byte value)
    {
        if (!_measuring)
        {
            _buffer[_position] = value;
        }

        _position++;
    }

    public void WriteUInt16(ushort value)
    {
        if (!_measuring)
        {
            BinaryPrimitives.WriteUInt16BigEndian(_buffer[_position..], value);
        }

        _position += 2;
    }

    public void WriteUInt32(uint value)
    {
        if (!_measuring)
        {
            BinaryPrimitives.WriteUInt32BigEndian(_buffer[_position..], value);
        }

        _position += 4;
    }

    public void WriteVariableByteInteger(int value) =>
        _position += _measuring ? VariableByteInteger.GetSize(value) : VariableByteInteger.Write(_buffer[_position..], value);

    /// <summary>A UTF-8 Encoded String: two-byte length, then the bytes (section 1.5.4).</summary>
    public void WriteString(string value)
    {
        if (_measuring)
        {
            _position += 2 + MqttUtf8.GetByteCount(value);
            return;
        }

        var written = MqttUtf8.Write(value, _buffer[(_position + 2)..]);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[_position..], (ushort)written);
        _position += 2 + written;
    }

    /// <summary>Binary Data: two-byte length, then the bytes (section 1.5.6).</summary>
    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        if (value.Length > ushort.MaxValue)
        {
            throw new ArgumentException($"Binary data holds at most {ushort.MaxValue} bytes; this has {value.Length}.", nameof(value));
        }

        WriteUInt16((ushort)value.Length);
        WriteBytes(value);
    }

    /// <summary>Raw bytes with no length prefix (a PUBLISH payload).</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (!_measuring)
        {
            value.CopyTo(_buffer[_position..]);
        }

        _position += value.Length;
    }

    /// <summary>The properties section: its length as a Variable Byte Integer, then the properties (section 2.2.2).</summary>
    public void WriteProperties<T>(T packet, PropertiesWriter<T> write)
    {
        var measure = Measuring();
        write(ref measure, packet);
        WriteVariableByteInteger(measure.Position);
        write(ref this, packet);
    }

    public void WriteProperty(MqttPropertyId id, byte? value)
    {
        if (value is { } v)
        {
            WriteByte((byte)id);
            WriteByte(v);
        }
    }

    public void WriteProperty(MqttPropertyId id, bool? value) =>
        WriteProperty(id, value is { } v ? (byte)(v ? 1 : 0) : null);

    public void WriteProperty(MqttPropertyId id, ushort? value)
    {
        if (value is { } v)
        {
            WriteByte((byte)id);
            WriteUInt16(v);
        }
    }

    public void WriteProperty(MqttPropertyId id, uint? value)
    {
        if (value is { } v)
        {
            WriteByte((byte)id);
            WriteUInt32(v);
        }
    }

    public void WriteProperty(MqttPropertyId id, string? value)
    {
        if (value is not null)
        {
            WriteByte((byte)id);
            WriteString(value);
        }
    }

    public void WriteProperty(MqttPropertyId id, ReadOnlySpan<byte> value)
    {
        WriteByte((byte)id);
        WriteBinary(value);
    }

    public void WriteVariableByteIntegerProperty(MqttPropertyId id, uint? value)
    {
        if (value is { } v)
        {
            WriteByte((byte)id);
            WriteVariableByteInteger(checked((int)v));
        }
    }

    public void WriteUserProperties(IReadOnlyList<MqttUserProperty>? properties)
    {
        if (properties is null)
        {
            return;
        }

        for (var i = 0; i < properties.Count; i++)
        {
            WriteByte((byte)MqttPropertyId.UserProperty);
            WriteString(properties[i].Name);
            WriteString(properties[i].Value);
        }
    }
}
