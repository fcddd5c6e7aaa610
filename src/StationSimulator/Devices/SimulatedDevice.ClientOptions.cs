using CommuneRadio.MqttLink;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Protocol;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    /// <summary>The device's link: its own account, clean start off with a session that outlives short outages, the Will, and the reconnect policy.</summary>
    private BrokerLinkOptions ClientOptions() => new()
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
        LoggerFactory = _loggerFactory,
    };

    private List<MqttTopicFilter> CommandSubscriptions() =>
    [
        new() { Topic = Topics.StationCommands, QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce },
        new() { Topic = Topics.DeviceCommands, QualityOfServiceLevel = MqttQualityOfServiceLevel.AtLeastOnce },
    ];

    private MqttApplicationMessage StatusMessage(ReadOnlyMemory<byte> payload) =>
        Message(Topics.Status, payload.ToArray(), MqttQualityOfServiceLevel.AtLeastOnce, retain: true, characterData: true);

    /// <summary>A message to publish; MQTT 5.0 properties only where the device speaks 5.0 (3.1.1 has none).</summary>
    private MqttApplicationMessage Message(string topic, byte[] payload, MqttQualityOfServiceLevel qualityOfService, bool retain = false, bool characterData = false)
    {
        var builder = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(qualityOfService)
            .WithRetainFlag(retain);
        if (characterData && _options.ProtocolVersion == MqttProtocolVersion.V500)
        {
            builder = builder.WithPayloadFormatIndicator(MqttPayloadFormatIndicator.CharacterData);
        }

        return builder.Build();
    }
}
