using System.Text;
using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Connecting;

/// <summary>Builds CONNECT from the options. Properties at their default value are left out (section 3.1.2.11).</summary>
internal static class ConnectPacketFactory
{
    /// <summary>CONNECT for ConnectAsync, or for an automatic reconnect (<paramref name="reconnecting"/>), which resumes a session that outlives its connection.</summary>
    public static ConnectPacket Create(MqttClientOptions options, bool reconnecting = false) => new()
    {
        ClientId = options.ClientId,
        UserName = options.UserName,
        Password = options.Password is null ? null : Encoding.UTF8.GetBytes(options.Password),
        CleanStart = options.CleanStart && !(reconnecting && ResumesSession(options)),
        KeepAlive = (ushort)Math.Ceiling(options.KeepAlive.TotalSeconds),
        Will = options.Will is { } will ? CreateWill(will, options.WillDelay) : null,
        SessionExpiryInterval = options.SessionExpiry == Timeout.InfiniteTimeSpan
            ? uint.MaxValue
            : options.SessionExpiry > TimeSpan.Zero ? MqttApplicationMessage.ToSeconds(options.SessionExpiry) : null,
        ReceiveMaximum = options.ReceiveMaximum == ushort.MaxValue ? null : options.ReceiveMaximum,
        MaximumPacketSize = options.MaximumPacketSize,
        TopicAliasMaximum = options.TopicAliasMaximum == 0 ? null : options.TopicAliasMaximum,
        UserProperties = options.UserProperties,
    };

    private static bool ResumesSession(MqttClientOptions options) =>
        options.ProtocolVersion == MqttProtocolVersion.V500 && options.SessionExpiry != TimeSpan.Zero && options.ClientId.Length > 0;

    private static WillMessage CreateWill(MqttApplicationMessage will, TimeSpan delay) => new()
    {
        Topic = will.Topic,
        Payload = will.Payload,
        QualityOfService = will.QualityOfService,
        Retain = will.Retain,
        DelayInterval = delay > TimeSpan.Zero ? MqttApplicationMessage.ToSeconds(delay) : null,
        PayloadFormatIndicator = will.PayloadFormatIndicator == MqttPayloadFormatIndicator.Unspecified ? null : will.PayloadFormatIndicator,
        MessageExpiryInterval = MqttApplicationMessage.ToSeconds(will.MessageExpiryInterval),
        ContentType = will.ContentType,
        ResponseTopic = will.ResponseTopic,
        CorrelationData = will.CorrelationData?.ToArray(),
        UserProperties = will.UserProperties,
    };
}
