using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Formatting;

/// <summary>CONNECT (MQTT 5.0 section 3.1; 3.1.1 section 3.1 has the same layout without properties).</summary>
internal static class ConnectCodec
{
    private const byte UserNameFlag = 0x80;
    private const byte PasswordFlag = 0x40;
    private const byte WillRetainFlag = 0x20;
    private const byte WillFlag = 0x04;
    private const byte CleanStartFlag = 0x02;
    private const byte ReservedFlag = 0x01;

    public static void Write(ref MqttBufferWriter writer, ConnectPacket packet, MqttProtocolVersion version)
    {
        writer.WriteString("MQTT");
        writer.WriteByte((byte)version);
        writer.WriteByte(Flags(packet));
        writer.WriteUInt16(packet.KeepAlive);
        if (version == MqttProtocolVersion.V500)
        {
            writer.WriteProperties(packet, WriteProperties);
        }

        writer.WriteString(packet.ClientId);
        if (packet.Will is { } will)
        {
            if (version == MqttProtocolVersion.V500)
            {
                writer.WriteProperties(will, WillPropertiesCodec.Write);
            }

            writer.WriteString(will.Topic);
            writer.WriteBinary(will.Payload.Span);
        }

        if (packet.UserName is not null)
        {
            writer.WriteString(packet.UserName);
        }

        if (packet.Password is not null)
        {
            writer.WriteBinary(packet.Password);
        }
    }

    public static ConnectPacket Read(ref MqttBufferReader reader, MqttProtocolVersion version)
    {
        if (reader.ReadString() != "MQTT")
        {
            throw MqttProtocolException.ProtocolError("CONNECT does not name the protocol 'MQTT' (section 3.1.2.1).");
        }

        var level = reader.ReadByte();
        if (level != (byte)version)
        {
            throw new MqttProtocolException(MqttReasonCode.UnsupportedProtocolVersion, $"CONNECT asks for protocol level {level}, expected {(byte)version}.");
        }

        var flags = reader.ReadByte();
        var willQos = (flags >> 3) & 0x03;
        if ((flags & ReservedFlag) != 0 || willQos == 3 ||
            ((flags & WillFlag) == 0 && (willQos != 0 || (flags & WillRetainFlag) != 0)))
        {
            throw MqttProtocolException.Malformed($"CONNECT flags 0x{flags:X2} are invalid (section 3.1.2.3).");
        }

        if (version == MqttProtocolVersion.V311 && (flags & PasswordFlag) != 0 && (flags & UserNameFlag) == 0)
        {
            throw MqttProtocolException.Malformed("MQTT 3.1.1 CONNECT has a password without a user name [MQTT-3.1.2-22].");
        }

        var packet = new ConnectPacket { CleanStart = (flags & CleanStartFlag) != 0, KeepAlive = reader.ReadUInt16() };
        if (version == MqttProtocolVersion.V500)
        {
            ReadProperties(ref reader, packet);
        }

        packet.ClientId = reader.ReadString();
        if ((flags & WillFlag) != 0)
        {
            var will = new WillMessage { QualityOfService = (MqttQualityOfService)willQos, Retain = (flags & WillRetainFlag) != 0 };
            if (version == MqttProtocolVersion.V500)
            {
                WillPropertiesCodec.Read(ref reader, will);
            }

            will.Topic = TopicNames.Decode(reader.ReadStringBytes(), cache: null);
            will.Payload = reader.ReadBinary().ToArray();
            packet.Will = will;
        }

        packet.UserName = (flags & UserNameFlag) != 0 ? reader.ReadString() : null;
        packet.Password = (flags & PasswordFlag) != 0 ? reader.ReadBinary().ToArray() : null;
        reader.EnsureEnd("CONNECT");
        return packet;
    }

    private static byte Flags(ConnectPacket packet)
    {
        var flags = packet.CleanStart ? CleanStartFlag : (byte)0;
        if (packet.Will is { } will)
        {
            flags |= (byte)(WillFlag | ((byte)will.QualityOfService << 3) | (will.Retain ? WillRetainFlag : 0));
        }

        if (packet.UserName is not null)
        {
            flags |= UserNameFlag;
        }

        if (packet.Password is not null)
        {
            flags |= PasswordFlag;
        }

        return flags;
    }

    private static void WriteProperties(ref MqttBufferWriter writer, ConnectPacket packet)
    {
        writer.WriteProperty(MqttPropertyId.SessionExpiryInterval, packet.SessionExpiryInterval);
        writer.WriteProperty(MqttPropertyId.ReceiveMaximum, packet.ReceiveMaximum);
        writer.WriteProperty(MqttPropertyId.MaximumPacketSize, packet.MaximumPacketSize);
        writer.WriteProperty(MqttPropertyId.TopicAliasMaximum, packet.TopicAliasMaximum);
        writer.WriteProperty(MqttPropertyId.RequestResponseInformation, packet.RequestResponseInformation);
        writer.WriteProperty(MqttPropertyId.RequestProblemInformation, packet.RequestProblemInformation);
        writer.WriteUserProperties(packet.UserProperties);
        writer.WriteProperty(MqttPropertyId.AuthenticationMethod, packet.AuthenticationMethod);
        if (packet.AuthenticationData is not null)
        {
            writer.WriteProperty(MqttPropertyId.AuthenticationData, packet.AuthenticationData);
        }
    }

    private static void ReadProperties(ref MqttBufferReader reader, ConnectPacket packet)
    {
        var properties = reader.ReadProperties();
        var rules = new PropertyReading("CONNECT");
        List<MqttUserProperty>? userProperties = null;
        while (properties.Remaining > 0)
        {
            var id = rules.Next(ref properties);
            switch (id)
            {
                case MqttPropertyId.SessionExpiryInterval: packet.SessionExpiryInterval = properties.ReadUInt32(); break;
                case MqttPropertyId.ReceiveMaximum: packet.ReceiveMaximum = rules.ReadNonZeroUInt16(ref properties, id); break;
                case MqttPropertyId.MaximumPacketSize: packet.MaximumPacketSize = rules.ReadNonZeroUInt32(ref properties, id); break;
                case MqttPropertyId.TopicAliasMaximum: packet.TopicAliasMaximum = properties.ReadUInt16(); break;
                case MqttPropertyId.RequestResponseInformation: packet.RequestResponseInformation = rules.ReadFlag(ref properties, id); break;
                case MqttPropertyId.RequestProblemInformation: packet.RequestProblemInformation = rules.ReadFlag(ref properties, id); break;
                case MqttPropertyId.UserProperty: PropertyReading.AddUserProperty(ref properties, ref userProperties); break;
                case MqttPropertyId.AuthenticationMethod: packet.AuthenticationMethod = properties.ReadString(); break;
                case MqttPropertyId.AuthenticationData: packet.AuthenticationData = properties.ReadBinary().ToArray(); break;
                default: throw rules.Unexpected((int)id);
            }
        }

        if (packet.AuthenticationData is not null && packet.AuthenticationMethod is null)
        {
            throw MqttProtocolException.ProtocolError("CONNECT has Authentication Data without an Authentication Method (section 3.1.2.11.10).");
        }

        packet.UserProperties = userProperties;
    }
}
