namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// Variable Byte Integer (MQTT 5.0 section 1.5.5): 7 bits per byte, least significant group first,
/// bit 7 set on every byte but the last; at most 4 bytes, so at most 268,435,455.
/// </summary>
internal static class VariableByteInteger
{
    public const int MaxValue = 268_435_455;

    public const int MaxSize = 4;

    public static int GetSize(int value) => value switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(value), value, "A Variable Byte Integer is never negative."),
        < 128 => 1,
        < 16_384 => 2,
        < 2_097_152 => 3,
        <= MaxValue => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"A Variable Byte Integer holds at most {MaxValue}."),
    };

    public static int Write(Span<byte> destination, int value)
    {
        var size = GetSize(value);
        for (var i = 0; i < size; i++)
        {
            var digit = (byte)(value & 0x7F);
            value >>= 7;
            destination[i] = i < size - 1 ? (byte)(digit | 0x80) : digit;
        }

        return size;
    }

    /// <summary>
    /// Reads a Variable Byte Integer from the start of <paramref name="source"/>. Returns false when
    /// <paramref name="source"/> ends before the last byte. A fifth byte, or an encoding longer than
    /// needed ([MQTT-1.5.5-1] requires the minimum number of bytes), is a Malformed Packet.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out int value, out int size)
    {
        value = 0;
        for (var i = 0; i < MaxSize; i++)
        {
            if (i >= source.Length)
            {
                size = 0;
                return false;
            }

            var b = source[i];
            value |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                if (b == 0 && i > 0)
                {
                    throw MqttProtocolException.Malformed("A Variable Byte Integer uses more bytes than needed (section 1.5.5).");
                }

                size = i + 1;
                return true;
            }
        }

        throw MqttProtocolException.Malformed("A Variable Byte Integer is longer than 4 bytes (section 1.5.5).");
    }
}
