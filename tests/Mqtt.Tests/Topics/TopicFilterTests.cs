namespace CommuneRadio.Mqtt.Tests.Topics;

public sealed class TopicFilterTests
{
    [Theory]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/ranking", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true)]
    [InlineData("sport/#", "sport", true)]
    [InlineData("#", "anything/at/all", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player1/ranking", false)]
    [InlineData("sport/+", "sport", false)]
    [InlineData("sport/+", "sport/", true)]
    [InlineData("+/+", "/finance", true)]
    [InlineData("/+", "/finance", true)]
    [InlineData("+", "/finance", false)]
    [InlineData("stations/+/devices/+/heartbeat", "stations/s-17/devices/d-3/heartbeat", true)]
    [InlineData("stations/+/devices/+/heartbeat", "stations/s-17/devices/d-3/status", false)]
    [InlineData("$share/gateway/stations/+/devices/+/heartbeat", "stations/s-17/devices/d-3/heartbeat", true)]
    [InlineData("a/b", "a/b", true)]
    [InlineData("a/b", "a/B", false)]
    [InlineData("a/b", "a/b/", false)]
    [InlineData("đài/+", "đài/xã", true)]
    public void Filters_match_topics_as_section_4_7_describes(string filter, string topic, bool matches) =>
        Assert.Equal(matches, MqttTopicFilter.Matches(filter, topic));

    [Theory]
    [InlineData("#", "$SYS/broker/clients")]
    [InlineData("+/broker/clients", "$SYS/broker/clients")]
    [InlineData("+", "$SYS")]
    public void Wildcards_at_the_first_level_do_not_match_dollar_topics(string filter, string topic) =>
        Assert.False(MqttTopicFilter.Matches(filter, topic));

    [Fact]
    public void A_filter_naming_the_dollar_level_matches_it() =>
        Assert.True(MqttTopicFilter.Matches("$SYS/#", "$SYS/broker/clients"));

    [Theory]
    [InlineData("#", true)]
    [InlineData("+", true)]
    [InlineData("sport/#", true)]
    [InlineData("+/tennis/#", true)]
    [InlineData("$share/group/a/+", true)]
    [InlineData("/", true)]
    [InlineData("", false)]
    [InlineData("sport/tennis#", false)]
    [InlineData("sport/#/ranking", false)]
    [InlineData("sport+", false)]
    [InlineData("$share/group", false)]
    [InlineData("$share//a", false)]
    [InlineData("$share/gr+oup/a", false)]
    [InlineData("$share/group/", false)]
    [InlineData("a\0b", false)]
    public void Filters_are_validated(string filter, bool valid) => Assert.Equal(valid, MqttTopicFilter.IsValid(filter));
}
