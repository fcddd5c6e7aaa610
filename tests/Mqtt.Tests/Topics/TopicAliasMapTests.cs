using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Tests.Topics;

public sealed class TopicAliasMapTests
{
    [Fact]
    public void An_alias_set_with_a_topic_stands_for_it_until_redefined()
    {
        var aliases = new TopicAliasMap(maximum: 4);

        Assert.Equal("a/b", aliases.Resolve("a/b", 4));
        Assert.Equal("a/b", aliases.Resolve("", 4));
        Assert.Equal("c", aliases.Resolve("c", 4));
        Assert.Equal("c", aliases.Resolve("", 4));
        Assert.Equal("plain", aliases.Resolve("plain", null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_alias_outside_1_to_the_maximum_is_invalid(int alias)
    {
        var aliases = new TopicAliasMap(maximum: 4);

        Assert.Equal(MqttReasonCode.TopicAliasInvalid, Assert.Throws<MqttProtocolException>(() => aliases.Resolve("a", (ushort)alias)).ReasonCode);
    }

    [Fact]
    public void An_alias_used_before_it_is_defined_is_a_protocol_error() =>
        Assert.Equal(MqttReasonCode.ProtocolError, Assert.Throws<MqttProtocolException>(() => new TopicAliasMap(4).Resolve("", 2)).ReasonCode);
}
