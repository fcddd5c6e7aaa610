using System.Text;
using System.Text.Unicode;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// UTF-8 Encoded Strings (MQTT 5.0 section 1.5.4): well-formed UTF-8, no U+0000, at most 65,535
/// bytes. A byte order mark is data and is never stripped [MQTT-1.5.4-3]. Code points the spec says
/// SHOULD NOT appear (controls, non-characters) are accepted, which the spec allows.
/// </summary>
internal static class MqttUtf8
{
    public const int MaxByteCount = 65_535;

    /// <summary>Throws on unpaired surrogates instead of writing U+FFFD, so a bad string never goes out silently changed.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Validates received bytes: ill-formed UTF-8 or U+0000 is a Malformed Packet [MQTT-1.5.4-1, MQTT-1.5.4-2].</summary>
    public static void Validate(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            throw MqttProtocolException.Malformed("A string is not well-formed UTF-8 (section 1.5.4).");
        }

        if (bytes.Contains((byte)0))
        {
            throw MqttProtocolException.Malformed("A string contains U+0000 (section 1.5.4).");
        }
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        Validate(bytes);
        return bytes.IsEmpty ? "" : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Bytes <paramref name="value"/> takes on the wire; throws <see cref="ArgumentException"/> when it may not be sent.</summary>
    public static int GetByteCount(string value)
    {
        if (value.Contains('\0'))
        {
            throw new ArgumentException("An MQTT string must not contain U+0000 (section 1.5.4).", nameof(value));
        }

        int count;
        try
        {
            count = Strict.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("An MQTT string must be valid UTF-16 (it contains an unpaired surrogate).", nameof(value), e);
        }

        if (count > MaxByteCount)
        {
            throw new ArgumentException($"An MQTT string holds at most {MaxByteCount} bytes of UTF-8; this one has {count}.", nameof(value));
        }

        return count;
    }

    /// <summary>Writes <paramref name="value"/>, already checked by <see cref="GetByteCount"/>, and returns the bytes written.</summary>
    public static int Write(string value, Span<byte> destination) => Strict.GetBytes(value, destination);

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="parameterName"/> when <paramref name="value"/> cannot be sent.</summary>
    public static void ThrowIfInvalid(string value, string parameterName)
    {
        try
        {
            GetByteCount(value);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message, parameterName, e.InnerException);
        }
    }
}
