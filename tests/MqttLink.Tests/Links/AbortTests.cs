using System.Text;
using CommuneRadio.MqttLink.Tests.Support;
using CommuneRadio.TestSupport;
using MQTTnet;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink.Tests.Links;

[Collection(BrokerCollection.Name)]
public sealed class AbortTests(BrokerFixture fixture)
{
    private static MqttApplicationMessage Will(string topic) => new MqttApplicationMessageBuilder()
        .WithTopic(topic).WithPayload("offline").WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag().Build();

    [Fact]
    public async Task Abort_leaves_the_will_to_the_broker_and_the_resumed_session_delivers_what_came_meanwhile()
    {
        var id = TestLinks.Unique("dev");
        var watcherInbox = new Inbox();
        await using var watcher = new BrokerLink(TestLinks.Options(fixture.Broker, TestLinks.Unique("watch"), watcherInbox));
        await watcher.ConnectAsync();
        await watcher.SubscribeAsync($"abort/{id}/status", MqttQualityOfServiceLevel.AtLeastOnce);

        // The device's backoff runs on a clock the test moves, so the link stays away while the command is sent.
        var clock = new ManualTimeProvider();
        var deviceInbox = new Inbox();
        var options = TestLinks.Options(fixture.Broker, id, deviceInbox);
        options.Will = Will($"abort/{id}/status");
        options.SessionExpiry = TimeSpan.FromMinutes(5);
        options.TimeProvider = clock;
        options.Reconnect = new ReconnectPolicy { InitialDelay = TimeSpan.FromSeconds(10), MaximumDelay = TimeSpan.FromSeconds(10), Jitter = 0 };
        await using var device = new BrokerLink(options);
        await device.ConnectAsync();
        await device.SubscribeAsync($"abort/{id}/cmd", MqttQualityOfServiceLevel.AtLeastOnce);

        await device.AbortAsync();
        Assert.Equal(BrokerLinkState.Reconnecting, device.State);
        await watcherInbox.WaitForAsync(m => m.Text == "offline").WithTimeout("the broker publishes the Will of the aborted link");

        var sent = await watcher.PublishAsync($"abort/{id}/cmd", Encoding.UTF8.GetBytes("phát bản tin"), MqttQualityOfServiceLevel.AtLeastOnce);
        Assert.True(sent.IsSuccess, $"the broker takes the command for the absent device: {sent.ReasonCode}");
        await TaskTimeouts.Eventually(() => clock.ArmedTimerCount > 0, "the link waits out its backoff on the test clock");
        clock.Advance(TimeSpan.FromSeconds(10));

        await deviceInbox.WaitForAsync(m => m.Topic == $"abort/{id}/cmd").WithTimeout("the resumed session delivers the command queued while the link was away");
        Assert.Equal("phát bản tin", deviceInbox.Messages.Single().Text);
        // Queued messages may arrive right after CONNACK, before the subscriptions are restored and the link reports Connected.
        await TaskTimeouts.Eventually(() => device.IsConnected, "the link reports itself connected again");
    }

    [Fact]
    public async Task A_clean_disconnect_makes_the_broker_discard_the_will()
    {
        var id = TestLinks.Unique("dev");
        var watcherInbox = new Inbox();
        await using var watcher = new BrokerLink(TestLinks.Options(fixture.Broker, TestLinks.Unique("watch"), watcherInbox));
        await watcher.ConnectAsync();
        await watcher.SubscribeAsync($"abort/{id}/+", MqttQualityOfServiceLevel.AtLeastOnce);
        var options = TestLinks.Options(fixture.Broker, id);
        options.Will = Will($"abort/{id}/status");
        await using var device = new BrokerLink(options);
        await device.ConnectAsync();

        await device.DisconnectAsync();
        // A message after the disconnect, on the same watched filter: once it is in, a Will would have been too.
        await watcher.PublishAsync($"abort/{id}/marker", "sau"u8.ToArray(), MqttQualityOfServiceLevel.AtLeastOnce);
        await watcherInbox.WaitForAsync(m => m.Topic.EndsWith("/marker", StringComparison.Ordinal)).WithTimeout("the marker arrives");

        Assert.DoesNotContain(watcherInbox.Messages, m => m.Topic.EndsWith("/status", StringComparison.Ordinal));
        Assert.Equal(BrokerLinkState.Disconnected, device.State);
    }
}
