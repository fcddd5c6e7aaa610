using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Tests.Formatting;

/// <summary>Packets of every type, with every property each may carry, by name (theory data cannot hold internal types).</summary>
internal static class SamplePackets
{
    private static readonly MqttUserProperty[] Properties = [new("station", "s-17"), new("tên", "Đài xã Tân Hòa"), new("station", "again")];

    public static IEnumerable<string> Names(MqttProtocolVersion version) => Build(version).Keys;

    public static MqttPacket Get(MqttProtocolVersion version, string name) => Build(version)[name];

    private static Dictionary<string, MqttPacket> Build(MqttProtocolVersion version)
    {
        var v5 = version == MqttProtocolVersion.V500;
        var packets = new Dictionary<string, MqttPacket>
        {
            ["connect-minimal"] = new ConnectPacket { ClientId = "c", CleanStart = true, KeepAlive = 60 },
            ["connect-full"] = new ConnectPacket
            {
                ClientId = "thiết-bị-01",
                UserName = "device-01",
                Password = [0x00, 0xFF, 0x41],
                CleanStart = false,
                KeepAlive = 65535,
                Will = new WillMessage
                {
                    Topic = "stations/s1/devices/d1/status",
                    Payload = "offline"u8.ToArray(),
                    QualityOfService = MqttQualityOfService.AtLeastOnce,
                    Retain = true,
                    DelayInterval = v5 ? 5 : null,
                    PayloadFormatIndicator = v5 ? MqttPayloadFormatIndicator.CharacterData : null,
                    MessageExpiryInterval = v5 ? 3600 : null,
                    ContentType = v5 ? "text/plain" : null,
                    ResponseTopic = v5 ? "stations/s1/replies" : null,
                    CorrelationData = v5 ? [9, 8, 7] : null,
                    UserProperties = v5 ? Properties : null,
                },
                SessionExpiryInterval = v5 ? uint.MaxValue : null,
                ReceiveMaximum = v5 ? (ushort)100 : null,
                MaximumPacketSize = v5 ? 1_048_576u : null,
                TopicAliasMaximum = v5 ? (ushort)16 : null,
                RequestResponseInformation = v5 ? true : null,
                RequestProblemInformation = v5 ? false : null,
                AuthenticationMethod = v5 ? "SCRAM-SHA-1" : null,
                AuthenticationData = v5 ? [1, 2] : null,
                UserProperties = v5 ? Properties : null,
            },
            ["connack"] = new ConnAckPacket { SessionPresent = true },
            ["connack-refused"] = new ConnAckPacket { ReasonCode = MqttReasonCode.BadUserNameOrPassword },
            ["publish-qos0"] = new PublishPacket { Topic = "a/b", Payload = "hi"u8.ToArray() },
            ["publish-qos2-dup-retain"] = new PublishPacket
            {
                Topic = "stations/s-17/devices/d-3/heartbeat",
                PacketId = 65535,
                QualityOfService = MqttQualityOfService.ExactlyOnce,
                Duplicate = true,
                Retain = true,
                Payload = new byte[300],
            },
            ["publish-empty-payload"] = new PublishPacket { Topic = "x", PacketId = 1, QualityOfService = MqttQualityOfService.AtLeastOnce, Payload = ReadOnlyMemory<byte>.Empty },
            ["puback"] = new PubAckPacket { PacketId = 1 },
            ["pubrec"] = new PubRecPacket { PacketId = 2 },
            ["pubrel"] = new PubRelPacket { PacketId = 3 },
            ["pubcomp"] = new PubCompPacket { PacketId = 4 },
            ["subscribe"] = new SubscribePacket
            {
                PacketId = 10,
                Subscriptions =
                [
                    new MqttTopicSubscription("stations/+/devices/+/heartbeat", MqttQualityOfService.AtMostOnce),
                    new MqttTopicSubscription("$share/gateway/stations/#", MqttQualityOfService.ExactlyOnce),
                ],
            },
            ["suback"] = new SubAckPacket { PacketId = 10, ReasonCodes = [MqttReasonCode.GrantedQoS0, MqttReasonCode.GrantedQoS2, MqttReasonCode.UnspecifiedError] },
            ["unsubscribe"] = new UnsubscribePacket { PacketId = 11, TopicFilters = ["a/#", "b/+"] },
            ["unsuback"] = new UnsubAckPacket { PacketId = 11, ReasonCodes = v5 ? [MqttReasonCode.Success, MqttReasonCode.NoSubscriptionExisted] : [] },
            ["pingreq"] = PingReqPacket.Instance,
            ["pingresp"] = PingRespPacket.Instance,
            ["disconnect"] = new DisconnectPacket(),
        };

        if (v5)
        {
            AddVersion5Only(packets);
        }

        return packets;
    }

    private static void AddVersion5Only(Dictionary<string, MqttPacket> packets)
    {
        packets["connack-full"] = new ConnAckPacket
        {
            ReasonCode = MqttReasonCode.Success,
            SessionExpiryInterval = 60,
            ReceiveMaximum = 20,
            MaximumQoS = MqttQualityOfService.AtLeastOnce,
            RetainAvailable = false,
            MaximumPacketSize = 4096,
            AssignedClientIdentifier = "auto-123",
            TopicAliasMaximum = 10,
            ReasonString = "chào",
            WildcardSubscriptionAvailable = false,
            SubscriptionIdentifiersAvailable = true,
            SharedSubscriptionAvailable = true,
            ServerKeepAlive = 30,
            ResponseInformation = "resp/",
            ServerReference = "other:1883",
            AuthenticationMethod = "SCRAM-SHA-1",
            AuthenticationData = [7],
            UserProperties = Properties,
        };
        packets["publish-full"] = new PublishPacket
        {
            Topic = "stations/s1/cmd",
            PacketId = 7,
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            Payload = "{\"cmdId\":\"c-1\",\"text\":\"Cảnh báo bão số 3\"}"u8.ToArray(),
            PayloadFormatIndicator = MqttPayloadFormatIndicator.CharacterData,
            MessageExpiryInterval = 120,
            TopicAlias = 3,
            ResponseTopic = "stations/s1/devices/d1/ack",
            CorrelationData = new byte[] { 0xCA, 0xFE },
            ContentType = "application/json",
            UserProperties = Properties,
            SubscriptionIdentifiers = [1, 268_435_455],
        };
        packets["publish-alias-only"] = new PublishPacket { Topic = "", TopicAlias = 3, Payload = new byte[] { 1 } };
        packets["puback-reason"] = new PubAckPacket { PacketId = 5, ReasonCode = MqttReasonCode.NoMatchingSubscribers };
        packets["puback-full"] = new PubAckPacket { PacketId = 5, ReasonCode = MqttReasonCode.NotAuthorized, ReasonString = "no ACL", UserProperties = Properties };
        packets["pubrec-full"] = new PubRecPacket { PacketId = 6, ReasonCode = MqttReasonCode.QuotaExceeded, ReasonString = "slow down" };
        packets["pubrel-full"] = new PubRelPacket { PacketId = 6, ReasonCode = MqttReasonCode.PacketIdentifierNotFound, UserProperties = Properties };
        packets["pubcomp-reason"] = new PubCompPacket { PacketId = 6, ReasonCode = MqttReasonCode.PacketIdentifierNotFound };
        packets["subscribe-options"] = new SubscribePacket
        {
            PacketId = 12,
            SubscriptionIdentifier = 268_435_455,
            UserProperties = Properties,
            Subscriptions =
            [
                new MqttTopicSubscription("a/b", MqttQualityOfService.AtLeastOnce) { NoLocal = true, RetainAsPublished = true, RetainHandling = MqttRetainHandling.DoNotSend },
                new MqttTopicSubscription("c/#", MqttQualityOfService.AtMostOnce) { RetainHandling = MqttRetainHandling.SendAtSubscribeIfNew },
            ],
        };
        packets["suback-full"] = new SubAckPacket { PacketId = 12, ReasonString = "partly", UserProperties = Properties, ReasonCodes = [MqttReasonCode.GrantedQoS1, MqttReasonCode.NotAuthorized] };
        packets["unsubscribe-properties"] = new UnsubscribePacket { PacketId = 13, UserProperties = Properties, TopicFilters = ["x"] };
        packets["unsuback-full"] = new UnsubAckPacket { PacketId = 13, ReasonString = "done", UserProperties = Properties, ReasonCodes = [MqttReasonCode.ImplementationSpecificError] };
        packets["disconnect-reason"] = new DisconnectPacket { ReasonCode = MqttReasonCode.DisconnectWithWillMessage };
        packets["disconnect-full"] = new DisconnectPacket
        {
            ReasonCode = MqttReasonCode.ServerShuttingDown,
            SessionExpiryInterval = 0,
            ReasonString = "bảo trì",
            ServerReference = "backup:1883",
            UserProperties = Properties,
        };
        packets["auth"] = new AuthPacket();
        packets["auth-full"] = new AuthPacket
        {
            ReasonCode = MqttReasonCode.ContinueAuthentication,
            AuthenticationMethod = "SCRAM-SHA-1",
            AuthenticationData = [1, 2, 3],
            ReasonString = "more",
            UserProperties = Properties,
        };
    }
}
