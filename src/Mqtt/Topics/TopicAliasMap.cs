namespace CommuneRadio.Mqtt.Topics;

/// <summary>
/// Topic aliases the broker set on this network connection (MQTT 5.0 section 3.3.2.3.4). Aliases
/// live for one connection only [MQTT-3.3.2-7], so each connection has its own map.
/// </summary>
internal sealed class TopicAliasMap
{
    private readonly ushort _maximum;
    private string[]? _topics;

    /// <param name="maximum">The Topic Alias Maximum this client sent in CONNECT; 0 means the broker may send none.</param>
    public TopicAliasMap(ushort maximum) => _maximum = maximum;

    /// <summary>
    /// Resolves the topic of a received PUBLISH: a topic with an alias (re)defines the alias, an empty
    /// topic with an alias uses it. An alias of 0 or above the maximum is "Topic Alias invalid" (0x94)
    /// [MQTT-3.3.2-9]; an alias never defined is a Protocol Error (section 3.3.4).
    /// </summary>
    public string Resolve(string topic, ushort? alias)
    {
        if (alias is not { } value)
        {
            return topic;
        }

        if (value == 0 || value > _maximum)
        {
            throw new MqttProtocolException(
                MqttReasonCode.TopicAliasInvalid,
                $"The broker used Topic Alias {value}; this client allows 1 to {_maximum} [MQTT-3.3.2-9].");
        }

        _topics ??= new string[_maximum + 1];
        if (topic.Length > 0)
        {
            _topics[value] = topic;
            return topic;
        }

        return _topics[value] ?? throw MqttProtocolException.ProtocolError($"The broker used Topic Alias {value} before defining it (section 3.3.4).");
    }
}
