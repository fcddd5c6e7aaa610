using MQTTnet;

namespace CommuneRadio.MqttLink;

public static class SubscribeResultExtensions
{
    /// <summary>True when the broker granted the subscription (at any QoS).</summary>
    public static bool IsGranted(this MqttClientSubscribeResultItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ResultCode is MqttClientSubscribeResultCode.GrantedQoS0 or MqttClientSubscribeResultCode.GrantedQoS1 or MqttClientSubscribeResultCode.GrantedQoS2;
    }

    /// <summary>True when every subscription of <paramref name="result"/> was granted.</summary>
    public static bool AllGranted(this MqttClientSubscribeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Items.All(IsGranted);
    }
}
