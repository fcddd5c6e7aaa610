using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>CONNACK (MQTT 5.0 section 3.2; 3.1.1 section 3.2 with return codes 0-5 instead of reason codes).</summary>
internal static class ConnAckCodec
{
    public static void Write(ref MqttBufferWriter writer, ConnAckPacket packet, MqttProtocolVersion version)
    {
        writer.WriteByte(packet.SessionPresent ? (byte)1 : (byte)0);
        if (version == MqttProtocolVersion.V311)
        {
            writer.WriteByte(ToReturnCode(packet.ReasonCode));
            return;
        }

        writer.WriteByte((byte)packet.ReasonCode);
        writer.WriteProperties(packet, WriteProperties);
    }

    public static ConnAckPacket Read(ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        var flags = reader.ReadByte();
        if ((flags & 0xFE) != 0)
        {
            throw MqttProtocolException.Malformed($"CONNACK acknowledge flags 0x{flags:X2} set reserved bits (section 3.2.2.1).");
        }

        var packet = new ConnAckPacket { SessionPresent = flags == 1 };
        var code = reader.ReadByte();
        packet.ReasonCode = version == MqttProtocolVersion.V311 ? FromReturnCode(code) : ReasonCodeRules.Check(MqttPacketType.ConnAck, code);
        if (packet.SessionPresent && packet.ReasonCode != MqttReasonCode.Success)
        {
            throw MqttProtocolException.ProtocolError("A refusing CONNACK has Session Present set [MQTT-3.2.2-6].");
        }

        if (version == MqttProtocolVersion.V500)
        {
            ReadProperties(ref reader, packet);
        }

        reader.EnsureEnd("CONNACK");
        return packet;
    }

    /// <summary>3.1.1 return codes (3.1.1 section 3.2.2.3) as the 5.0 reason codes of the same meaning.</summary>
    private static MqttReasonCode FromReturnCode(byte code) => code switch
    {
        0 => MqttReasonCode.Success,
        1 => MqttReasonCode.UnsupportedProtocolVersion,
        2 => MqttReasonCode.ClientIdentifierNotValid,
        3 => MqttReasonCode.ServerUnavailable,
        4 => MqttReasonCode.BadUserNameOrPassword,
        5 => MqttReasonCode.NotAuthorized,
        _ => throw MqttProtocolException.ProtocolError($"CONNACK return code {code} is reserved in MQTT 3.1.1."),
    };

    private static byte ToReturnCode(MqttReasonCode reason) => reason switch
    {
        MqttReasonCode.Success => 0,
        MqttReasonCode.UnsupportedProtocolVersion => 1,
        MqttReasonCode.ClientIdentifierNotValid => 2,
        MqttReasonCode.BadUserNameOrPassword => 4,
        MqttReasonCode.NotAuthorized or MqttReasonCode.Banned => 5,
        _ => 3,
    };

    private static void WriteProperties(ref MqttBufferWriter writer, ConnAckPacket packet)
    {
        writer.WriteProperty(MqttPropertyId.SessionExpiryInterval, packet.SessionExpiryInterval);
        writer.WriteProperty(MqttPropertyId.ReceiveMaximum, packet.ReceiveMaximum);
        writer.WriteProperty(MqttPropertyId.MaximumQoS, (byte?)packet.MaximumQoS);
        writer.WriteProperty(MqttPropertyId.RetainAvailable, packet.RetainAvailable);
        writer.WriteProperty(MqttPropertyId.MaximumPacketSize, packet.MaximumPacketSize);
        writer.WriteProperty(MqttPropertyId.AssignedClientIdentifier, packet.AssignedClientIdentifier);
        writer.WriteProperty(MqttPropertyId.TopicAliasMaximum, packet.TopicAliasMaximum);
        writer.WriteProperty(MqttPropertyId.ReasonString, packet.ReasonString);
        writer.WriteUserProperties(packet.UserProperties);
        writer.WriteProperty(MqttPropertyId.WildcardSubscriptionAvailable, packet.WildcardSubscriptionAvailable);
        writer.WriteProperty(MqttPropertyId.SubscriptionIdentifierAvailable, packet.SubscriptionIdentifiersAvailable);
        writer.WriteProperty(MqttPropertyId.SharedSubscriptionAvailable, packet.SharedSubscriptionAvailable);
        writer.WriteProperty(MqttPropertyId.ServerKeepAlive, packet.ServerKeepAlive);
        writer.WriteProperty(MqttPropertyId.ResponseInformation, packet.ResponseInformation);
        writer.WriteProperty(MqttPropertyId.ServerReference, packet.ServerReference);
        writer.WriteProperty(MqttPropertyId.AuthenticationMethod, packet.AuthenticationMethod);
        if (packet.AuthenticationData is not null)
        {
            writer.WriteProperty(MqttPropertyId.AuthenticationData, packet.AuthenticationData);
        }
    }

    private static void ReadProperties(ref MqttBufferReader reader, ConnAckPacket packet)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading("CONNACK");
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.SessionExpiryInterval: packet.SessionExpiryInterval = properties.ReadUInt32(); break;
                case MqttPropertyId.ReceiveMaximum: packet.ReceiveMaximum = rules.ReadNonZeroUInt16(ref properties, id); break;
                case MqttPropertyId.MaximumQoS: packet.MaximumQoS = rules.ReadFlag(ref properties, id) ? MqttQualityOfService.AtLeastOnce : MqttQualityOfService.AtMostOnce; break;
                case MqttPropertyId.RetainAvailable: packet.RetainAvailable = rules.ReadFlag(ref properties, id); break;
                case MqttPropertyId.MaximumPacketSize: packet.MaximumPacketSize = rules.ReadNonZeroUInt32(ref properties, id); break;
                case MqttPropertyId.AssignedClientIdentifier: packet.AssignedClientIdentifier = properties.ReadString(); break;
                case MqttPropertyId.TopicAliasMaximum: packet.TopicAliasMaximum = properties.ReadUInt16(); break;
                case MqttPropertyId.ReasonString: packet.ReasonString = properties.ReadString(); break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                case MqttPropertyId.WildcardSubscriptionAvailable: packet.WildcardSubscriptionAvailable = rules.ReadFlag(ref properties, id); break;
                case MqttPropertyId.SubscriptionIdentifierAvailable: packet.SubscriptionIdentifiersAvailable = rules.ReadFlag(ref properties, id); break;
                case MqttPropertyId.SharedSubscriptionAvailable: packet.SharedSubscriptionAvailable = rules.ReadFlag(ref properties, id); break;
                case MqttPropertyId.ServerKeepAlive: packet.ServerKeepAlive = properties.ReadUInt16(); break;
                case MqttPropertyId.ResponseInformation: packet.ResponseInformation = properties.ReadString(); break;
                case MqttPropertyId.ServerReference: packet.ServerReference = properties.ReadString(); break;
                case MqttPropertyId.AuthenticationMethod: packet.AuthenticationMethod = properties.ReadString(); break;
                case MqttPropertyId.AuthenticationData: packet.AuthenticationData = properties.ReadBinary().ToArray(); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        packet.UserProperties = userProperties;
    }
}
