namespace CommuneRadio.DeviceProtocol.Tests.Topics;

public sealed class TopicLayoutTests
{
    [Theory]
    [InlineData("stations/s-17/devices/d-3/heartbeat", DeviceTopicKind.Heartbeat)]
    [InlineData("stations/s-17/devices/d-3/status", DeviceTopicKind.Status)]
    [InlineData("stations/s-17/devices/d-3/ack", DeviceTopicKind.Ack)]
    public void A_device_topic_parses_into_kind_station_and_device(string topic, DeviceTopicKind kind)
    {
        Assert.True(TopicLayout.Default.TryParse(topic, out var parsed));
        Assert.Equal(new DeviceTopic(kind, "s-17", "d-3"), parsed);
    }

    [Theory]
    [InlineData("stations/s-17/devices/d-3/cmd")]
    [InlineData("stations/s-17/cmd")]
    [InlineData("stations//devices/d-3/heartbeat")]
    [InlineData("stations/s-17/devices//heartbeat")]
    [InlineData("stations/s-17/devices/d-3/heartbeat/extra")]
    [InlineData("stations/s 17/devices/d-3/heartbeat")]
    [InlineData("stations/xã-17/devices/d-3/heartbeat")]
    [InlineData("other/s-17/devices/d-3/heartbeat")]
    [InlineData("")]
    public void Anything_else_does_not_parse(string topic) =>
        Assert.False(TopicLayout.Default.TryParse(topic, out _));

    [Fact]
    public void A_root_prefix_is_part_of_every_topic_and_filter()
    {
        var layout = new TopicLayout("dongthap/");

        Assert.Equal("dongthap/stations/s-1/devices/d-1/heartbeat", layout.Heartbeat("s-1", "d-1"));
        Assert.Equal("dongthap/stations/s-1/cmd", layout.StationCommands("s-1"));
        Assert.Equal("dongthap/stations/s-1/devices/d-1/cmd", layout.DeviceCommands("s-1", "d-1"));
        Assert.Equal("dongthap/stations/+/devices/+/ack", layout.Filter(DeviceTopicKind.Ack));
        Assert.Equal("dongthap/stations/s-1/devices/d-1/#", layout.DevicePublishFilter("s-1", "d-1"));
        Assert.True(layout.TryParse("dongthap/stations/s-1/devices/d-1/status", out var parsed));
        Assert.Equal(DeviceTopicKind.Status, parsed.Kind);
        Assert.False(layout.TryParse("stations/s-1/devices/d-1/status", out _));
    }

    [Theory]
    [InlineData("dongthap")]
    [InlineData("/dongthap/")]
    [InlineData("$SYS/")]
    [InlineData("a/+/")]
    public void A_root_that_would_break_topics_is_refused(string root) =>
        Assert.Throws<ArgumentException>(() => new TopicLayout(root));

    [Theory]
    [InlineData("s-17", null)]
    [InlineData("", "must not be empty")]
    [InlineData("a/b", "may contain only")]
    [InlineData("a+b", "may contain only")]
    [InlineData("đài-1", "may contain only")]
    public void Ids_are_one_safe_topic_level(string id, string? problem)
    {
        var actual = ProtocolIds.Problem(id);
        if (problem is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.Contains(problem, actual);
        }

        Assert.Contains("at most 64", ProtocolIds.Problem(new string('x', 65)));
    }
}
