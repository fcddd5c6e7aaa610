using CommuneRadio.Mqtt;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    /// <summary>The device's connection: its own account, CleanStart false with a session that outlives short outages, the Will, and the reconnect policy.</summary>
    private MqttClientOptions ClientOptions() => new()
    {
        Host = _options.BrokerHost,
        Port = _options.BrokerPort,
        ClientId = _credentials.ClientId,
        UserName = _credentials.Username,
        Password = _credentials.Password,
        ProtocolVersion = _options.ProtocolVersion,
        KeepAlive = _options.KeepAlive,
        CleanStart = _options.SessionExpiry == TimeSpan.Zero,
        SessionExpiry = _options.SessionExpiry,
        Will = StatusMessage(OfflinePayload),
        Reconnect = _options.Reconnect,
        MessageHandler = OnMessageAsync,
        Timeout = _options.ConnectTimeout,
        TopicCacheCapacity = 4,
        LoggerFactory = _loggerFactory,
    };

    private MqttTopicSubscription[] CommandSubscriptions() =>
    [
        new(Topics.StationCommands, MqttQualityOfService.AtLeastOnce),
        new(Topics.DeviceCommands, MqttQualityOfService.AtLeastOnce),
    ];

    private MqttApplicationMessage StatusMessage(ReadOnlyMemory<byte> payload) =>
        new(Topics.Status, payload, MqttQualityOfService.AtLeastOnce, retain: true) { PayloadFormatIndicator = MqttPayloadFormatIndicator.CharacterData };
}
