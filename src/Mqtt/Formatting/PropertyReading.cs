namespace CommuneRadio.Mqtt.Formatting;

/// <summary>
/// Rules shared by every properties section (MQTT 5.0 section 2.2.2): each property but User
/// Property (and Subscription Identifier in PUBLISH) appears at most once, an identifier not
/// defined for the packet makes it malformed, and flag-like bytes hold 0 or 1.
/// </summary>
internal struct PropertyReading
{
    private readonly string _packet;
    private readonly bool _subscriptionIdentifierRepeats;
    private ulong _seen;

    /// <param name="packet">Packet name for error messages.</param>
    /// <param name="subscriptionIdentifierRepeats">True for PUBLISH, which carries one per matching subscription (section 3.3.2.3.8).</param>
    public PropertyReading(string packet, bool subscriptionIdentifierRepeats = false)
    {
        _packet = packet;
        _subscriptionIdentifierRepeats = subscriptionIdentifierRepeats;
        _seen = 0;
    }

    /// <summary>Reads the next identifier and records it; a second occurrence is a Protocol Error.</summary>
    public MqttPropertyId Next(ref MqttBufferReader reader)
    {
        var raw = reader.ReadVariableByteInteger();
        if (raw is <= 0 or > 63)
        {
            throw Unexpected(raw);
        }

        var id = (MqttPropertyId)raw;
        if (id is MqttPropertyId.UserProperty || (id is MqttPropertyId.SubscriptionIdentifier && _subscriptionIdentifierRepeats))
        {
            return id;
        }

        var bit = 1UL << raw;
        if ((_seen & bit) != 0)
        {
            throw MqttProtocolException.ProtocolError($"{_packet} carries property {id} more than once (section 2.2.2.2).");
        }

        _seen |= bit;
        return id;
    }

    public readonly MqttProtocolException Unexpected(int id) =>
        MqttProtocolException.Malformed($"Property 0x{id:X2} is not defined for {_packet} (section 2.2.2.2).");

    public readonly bool ReadFlag(ref MqttBufferReader reader, MqttPropertyId id) => reader.ReadByte() switch
    {
        0 => false,
        1 => true,
        var other => throw MqttProtocolException.ProtocolError($"{_packet} property {id} holds {other}; only 0 or 1 are allowed."),
    };

    public readonly ushort ReadNonZeroUInt16(ref MqttBufferReader reader, MqttPropertyId id)
    {
        var value = reader.ReadUInt16();
        return value != 0 ? value : throw MqttProtocolException.ProtocolError($"{_packet} property {id} must not be 0.");
    }

    public readonly uint ReadNonZeroUInt32(ref MqttBufferReader reader, MqttPropertyId id)
    {
        var value = reader.ReadUInt32();
        return value != 0 ? value : throw MqttProtocolException.ProtocolError($"{_packet} property {id} must not be 0.");
    }

    public static void AddUserProperty(ref MqttBufferReader reader, ref List<MqttUserProperty>? list)
    {
        var name = reader.ReadString();
        var value = reader.ReadString();
        (list ??= []).Add(new MqttUserProperty(name, value));
    }
}
