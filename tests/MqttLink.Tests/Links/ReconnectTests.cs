using CommuneRadio.MqttLink.Tests.Support;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink.Tests.Links;

public sealed class ReconnectTests
{
    [Fact]
    public async Task After_a_broker_restart_that_lost_every_session_the_link_is_back_with_its_subscriptions()
    {
        // No persistence: the restarted broker knows no session, so only a restored subscription can deliver.
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { AllowAnonymous = true });
        var inbox = new Inbox();
        var states = new List<BrokerLinkState>();
        await using var subscriber = new BrokerLink(TestLinks.Options(broker, TestLinks.Unique("sub"), inbox));
        subscriber.StateChanged += (_, e) =>
        {
            lock (states)
            {
                states.Add(e.State);
            }
        };
        await subscriber.ConnectAsync();
        Assert.True((await subscriber.SubscribeAsync("restart/+/news", MqttQualityOfServiceLevel.AtLeastOnce)).AllGranted());

        var back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.StateChanged += (_, e) =>
        {
            if (e is { PreviousState: BrokerLinkState.Reconnecting, State: BrokerLinkState.Connected })
            {
                back.TrySetResult();
            }
        };
        await broker.StopAsync();
        await broker.StartAgainAsync();
        await back.Task.WithTimeout("the link reconnects after the broker restarted");

        await using var publisher = new BrokerLink(TestLinks.Options(broker, TestLinks.Unique("pub")));
        await publisher.ConnectAsync();
        await publisher.PublishAsync("restart/1/news", "Bản tin sau khi khởi động lại"u8.ToArray(), MqttQualityOfServiceLevel.AtLeastOnce);
        await inbox.WaitForAsync(m => m.Topic == "restart/1/news").WithTimeout("the restored subscription delivers a message published after the restart");
        Assert.Equal("Bản tin sau khi khởi động lại", inbox.Messages.Single().Text);
        lock (states)
        {
            Assert.Equal([BrokerLinkState.Connected, BrokerLinkState.Reconnecting, BrokerLinkState.Connected], states);
        }
    }

    [Fact]
    public async Task A_link_without_a_reconnect_policy_stays_disconnected_when_the_broker_goes()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { AllowAnonymous = true });
        var options = TestLinks.Options(broker, TestLinks.Unique("once"));
        options.Reconnect = null;
        await using var link = new BrokerLink(options);
        var gone = new TaskCompletionSource<BrokerLinkStateChangedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        await link.ConnectAsync();
        link.StateChanged += (_, e) => gone.TrySetResult(e);

        await broker.StopAsync();
        var change = await gone.Task.WithTimeout("the link notices the broker went away");

        Assert.Equal(BrokerLinkState.Disconnected, change.State);
        await Assert.ThrowsAsync<MQTTnet.Exceptions.MqttClientNotConnectedException>(() => link.PublishAsync("a/b", [1]));
    }
}
