using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Connecting;

/// <summary>AbortAsync against a real mosquitto: the link dies without DISCONNECT, as a crashed device's would.</summary>
[Collection(MosquittoCollection.Name)]
public sealed class AbortTests(MosquittoFixture mosquitto)
{
    private static readonly MqttReconnectPolicy FastReconnect = new() { InitialDelay = TimeSpan.FromMilliseconds(50), MaximumDelay = TimeSpan.FromMilliseconds(400) };

    [Theory]
    [InlineData(MqttProtocolVersion.V500)]
    [InlineData(MqttProtocolVersion.V311)]
    public async Task AbortAsync_cuts_the_link_without_DISCONNECT_so_the_broker_publishes_the_will(MqttProtocolVersion version)
    {
        var statusTopic = Unique.Topic("abort-status");
        var watcher = new MessageCollector();
        await using var observer = new MqttClient();
        await observer.ConnectAsync(mosquitto.Options("abort-watch", handler: watcher.HandleAsync));
        await observer.SubscribeAsync(statusTopic, MqttQualityOfService.AtLeastOnce);
        await using var device = new MqttClient();
        var states = new StateRecorder(device);
        var options = mosquitto.Options("abort-device");
        options.ProtocolVersion = version;
        options.Will = MqttApplicationMessage.FromString(statusTopic, "mất kết nối", MqttQualityOfService.AtLeastOnce);
        await device.ConnectAsync(options);

        await device.AbortAsync();

        Assert.Equal(MqttClientState.Disconnected, device.State);
        var lost = await states.WaitForAsync(MqttClientState.Disconnected).WithTimeout("the Disconnected state");
        Assert.Contains("AbortAsync", Assert.IsType<MqttCommunicationException>(lost.Exception).Message);
        await Assert.ThrowsAsync<MqttClientNotConnectedException>(() => device.PublishStringAsync(statusTopic, "too late"));
        await watcher.WaitForAsync(1).WithTimeout("the broker publishing the will of the aborted client");
        Assert.Equal((statusTopic, "mất kết nối"), (watcher.Messages[0].Topic, watcher.Messages[0].Payload.ToArray().Utf8()));
    }

    [Fact]
    public async Task After_AbortAsync_a_client_with_a_reconnect_policy_comes_back_into_its_session()
    {
        var statusTopic = Unique.Topic("abort-status");
        var commandTopic = Unique.Topic("abort-cmd");
        var watcher = new MessageCollector();
        await using var observer = new MqttClient();
        await observer.ConnectAsync(mosquitto.Options("abort-watch", handler: watcher.HandleAsync));
        await observer.SubscribeAsync(statusTopic, MqttQualityOfService.AtLeastOnce);
        var commands = new MessageCollector();
        await using var device = new MqttClient();
        var states = new StateRecorder(device);
        var logs = new LogCapture();
        var options = mosquitto.Options("abort-device", logs, commands.HandleAsync);
        (options.Reconnect, options.CleanStart, options.SessionExpiry) = (FastReconnect, true, TimeSpan.FromMinutes(5));
        options.Will = MqttApplicationMessage.FromString(statusTopic, "offline", MqttQualityOfService.AtLeastOnce);
        await device.ConnectAsync(options);
        await device.SubscribeAsync(commandTopic, MqttQualityOfService.AtLeastOnce);

        var mark = states.Mark();
        await device.AbortAsync();

        Assert.Equal(MqttClientState.Reconnecting, device.State);
        await watcher.WaitForAsync(1).WithTimeout("the will of the aborted client");
        await states.WaitForAsync(MqttClientState.Connected, mark).WithTimeout("the client reconnecting after AbortAsync");
        await observer.PublishStringAsync(commandTopic, "phát bản tin", MqttQualityOfService.AtLeastOnce);
        await commands.WaitForAsync(1).WithTimeout("a command through the subscription kept in the resumed session");
        Assert.Contains(logs.Entries, e => e.Message.Contains("session present: True", StringComparison.Ordinal));
        logs.ThrowIfErrors();
        Assert.Equal("phát bản tin", commands.Messages[0].Payload.ToArray().Utf8());
        Assert.Equal("offline", watcher.Messages[0].Payload.ToArray().Utf8());
    }
}
