using MQTTnet;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink;

/// <summary>
/// What a PUBLISH from the broker must be before anything of ours sees it. MQTTnet 5 closes the
/// connection on framing faults but hands some content-level violations to the application as
/// ordinary messages: a topic name with wildcards, U+0000 or bytes that are not UTF-8 (decoded to
/// U+FFFD), a topic alias the client never allowed (an empty topic), QoS 3. Each of these makes the
/// packet malformed or a protocol error (MQTT 5.0 sections 1.5.4, 3.3.1.2, 3.3.2.1, 3.3.2.3.4,
/// 4.7.3), so the link drops the message and the connection. Pure; thread-safe.
/// </summary>
public static class ReceivedMessageGuard
{
    /// <summary>Why <paramref name="message"/> may not be delivered, or null when it may.</summary>
    /// <remarks>
    /// A topic holding U+FFFD is refused even if the broker sent that character correctly encoded:
    /// after decoding the two cannot be told apart, and no topic of this system carries it.
    /// </remarks>
    public static string? Problem(MqttApplicationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.QualityOfServiceLevel is not (MqttQualityOfServiceLevel.AtMostOnce or MqttQualityOfServiceLevel.AtLeastOnce or MqttQualityOfServiceLevel.ExactlyOnce))
        {
            return $"QoS {(int)message.QualityOfServiceLevel} does not exist";
        }

        if (message.TopicAlias != 0)
        {
            return $"topic alias {message.TopicAlias} was never allowed (Topic Alias Maximum 0)";
        }

        return TopicProblem(message.Topic);
    }

    /// <summary>Why <paramref name="topic"/> is not a valid MQTT topic name, or null when it is.</summary>
    public static string? TopicProblem(string? topic)
    {
        if (string.IsNullOrEmpty(topic))
        {
            return "empty topic name";
        }

        foreach (var c in topic)
        {
            switch (c)
            {
                case '+' or '#':
                    return $"wildcard '{c}' in a topic name";
                case '\0':
                    return "U+0000 in a topic name";
                case '\uFFFD':
                    return "topic name is not valid UTF-8";
            }
        }

        return HasLoneSurrogate(topic) ? "topic name is not valid UTF-8" : null;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
