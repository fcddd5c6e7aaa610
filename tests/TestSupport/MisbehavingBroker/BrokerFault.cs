namespace CommuneRadio.TestSupport.MisbehavingBroker;

/// <summary>What <see cref="MisbehavingBroker"/> sends, right after the SUBACK, on a connection it is told to spoil.</summary>
public enum BrokerFault
{
    /// <summary>A PUBLISH whose Remaining Length runs to a fifth byte (MQTT 5.0 section 1.5.5: at most four).</summary>
    BadRemainingLength,

    /// <summary>A PUBLISH whose topic bytes are not UTF-8 (0xC3 0x28).</summary>
    InvalidUtf8Topic,

    /// <summary>A PUBLISH with an empty topic and a Topic Alias the client never allowed (MQTT 5.0 only).</summary>
    UnknownTopicAlias,

    /// <summary>A SUBSCRIBE: a packet only a client sends.</summary>
    PacketOnlyClientsSend,

    /// <summary>A second CONNACK on a connection already accepted.</summary>
    SecondConnAck,

    /// <summary>A PUBLISH with both QoS bits set (QoS 3 does not exist).</summary>
    QoS3,

    /// <summary>A PUBLISH whose topic name holds a wildcard.</summary>
    WildcardTopic,
}
