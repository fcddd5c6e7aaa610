using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CommuneRadio.Mqtt.Topics;

/// <summary>Decoding and checking of received Topic Names (MQTT 5.0 sections 1.5.4 and 4.7).</summary>
internal static class TopicNames
{
    private const int StackLimit = 256;

    /// <summary>
    /// Decodes a received Topic Name: well-formed UTF-8 without U+0000 (else Malformed Packet), and
    /// no wildcard characters [MQTT-3.3.2-2] (else Protocol Error). With a <paramref name="cache"/>, a
    /// topic seen before returns the same string instance and allocates nothing.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, TopicCache? cache)
    {
        if (bytes.IsEmpty)
        {
            return "";
        }

        char[]? rented = null;
        var chars = bytes.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(bytes.Length));
        try
        {
            if (Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw MqttProtocolException.Malformed("A topic is not well-formed UTF-8 (section 1.5.4).");
            }

            var topic = chars[..written];
            if (topic.Contains('\0'))
            {
                throw MqttProtocolException.Malformed("A topic contains U+0000 (section 1.5.4).");
            }

            if (topic.IndexOfAny('+', '#') >= 0)
            {
                throw MqttProtocolException.ProtocolError($"The Topic Name '{topic}' contains a wildcard [MQTT-3.3.2-2].");
            }

            return cache is null ? new string(topic) : cache.GetOrAdd(topic);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="topic"/> may not be published to (section 4.7.3).</summary>
    public static void ThrowIfInvalid(string topic, string parameterName)
    {
        if (topic.Length == 0)
        {
            throw new ArgumentException("A Topic Name must be at least one character long [MQTT-4.7.3-1].", parameterName);
        }

        if (topic.AsSpan().IndexOfAny('+', '#') >= 0)
        {
            throw new ArgumentException($"The Topic Name '{topic}' contains a wildcard; wildcards belong in subscriptions [MQTT-3.3.2-2].", parameterName);
        }

        Formatting.MqttUtf8.ThrowIfInvalid(topic, parameterName);
    }

    /// <summary>Bytes of <paramref name="topic"/> in UTF-8; for sizing only.</summary>
    public static int ByteCount(string topic) => Encoding.UTF8.GetByteCount(topic);
}
