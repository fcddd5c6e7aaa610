using MQTTnet;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink.Tests.Guard;

public sealed class ReceivedMessageGuardTests
{
    private static MqttApplicationMessage Message(string topic, MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce, ushort alias = 0) =>
        new() { Topic = topic, QualityOfServiceLevel = qos, TopicAlias = alias };

    [Theory]
    [InlineData("stations/s-29308/devices/d-01/heartbeat")]
    [InlineData("$CONTROL/dynamic-security/v1/response")]
    [InlineData("trạm/xã-Mỹ-Hiệp/loa")]
    [InlineData("a/😀/b")]
    public void A_valid_topic_name_passes(string topic) => Assert.Null(ReceivedMessageGuard.Problem(Message(topic)));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("stations/+/heartbeat", "wildcard '+'")]
    [InlineData("stations/#", "wildcard '#'")]
    [InlineData("stations/\0/x", "U+0000")]
    [InlineData("stations/\uFFFD/x", "not valid UTF-8")]
    [InlineData("stations/\uD800/x", "not valid UTF-8")]
    [InlineData("stations/\uDC00", "not valid UTF-8")]
    public void A_topic_name_the_specification_forbids_is_refused(string topic, string expected)
    {
        var problem = ReceivedMessageGuard.Problem(Message(topic));
        Assert.NotNull(problem);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void QoS_3_is_refused() =>
        Assert.Contains("QoS 3", ReceivedMessageGuard.Problem(Message("a/b", (MqttQualityOfServiceLevel)3)));

    [Fact]
    public void A_topic_alias_is_refused_because_the_link_allows_none() =>
        Assert.Contains("topic alias 7", ReceivedMessageGuard.Problem(Message("a/b", alias: 7)));
}
