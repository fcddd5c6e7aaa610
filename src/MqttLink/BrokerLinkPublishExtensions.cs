using MQTTnet;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink;

public static class BrokerLinkPublishExtensions
{
    /// <summary>Publishes <paramref name="payload"/> on <paramref name="topic"/>; see <see cref="BrokerLink.PublishAsync(MqttApplicationMessage, CancellationToken)"/>.</summary>
    public static Task<MqttClientPublishResult> PublishAsync(
        this BrokerLink link, string topic, byte[] payload,
        MqttQualityOfServiceLevel qualityOfService = MqttQualityOfServiceLevel.AtMostOnce, bool retain = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(qualityOfService)
            .WithRetainFlag(retain)
            .Build();
        return link.PublishAsync(message, cancellationToken);
    }
}
