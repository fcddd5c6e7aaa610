namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// Finds packet boundaries in received bytes: the fixed header is one byte of type and flags, then
/// the Remaining Length as a Variable Byte Integer (MQTT 5.0 section 2.1.4). A packet larger than
/// the Maximum Packet Size is refused as soon as its length is known, before its body is awaited or
/// any buffer is grown for it (section 3.1.2.11.4).
/// </summary>
internal static class MqttFrame
{
    /// <summary>The largest fixed header: one byte plus a four-byte Remaining Length.</summary>
    public const int MaxHeaderLength = 5;

    /// <summary>
    /// Returns false when <paramref name="data"/> ends inside the fixed header. Throws
    /// <see cref="MqttProtocolException"/> for a malformed Remaining Length (0x81) or a packet over
    /// <paramref name="maximumPacketSize"/> (0x95).
    /// </summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> data, int maximumPacketSize, out int headerLength, out int remainingLength)
    {
        headerLength = 0;
        remainingLength = 0;
        if (data.Length < 2 || !VariableByteInteger.TryRead(data[1..], out remainingLength, out var size))
        {
            return false;
        }

        headerLength = 1 + size;
        if ((long)headerLength + remainingLength > maximumPacketSize)
        {
            throw new MqttProtocolException(
                MqttReasonCode.PacketTooLarge,
                $"A packet of {headerLength + (long)remainingLength} bytes exceeds the maximum packet size of {maximumPacketSize} bytes.");
        }

        return true;
    }
}
