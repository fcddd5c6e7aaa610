using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt.Tests.Connecting;

/// <summary>Connection management against a real broker that goes away: each test has its own mosquitto, since it stops it.</summary>
public sealed class BrokerRestartTests
{
    private static readonly MqttReconnectPolicy FastReconnect = new() { InitialDelay = TimeSpan.FromMilliseconds(50), MaximumDelay = TimeSpan.FromMilliseconds(400) };

    [Fact]
    public async Task After_the_broker_restarts_the_client_reconnects_and_its_subscriptions_work_again()
    {
        var logs = new LogCapture();
        await using var broker = await MosquittoBroker.StartAsync();
        var topic = Unique.Topic("restart");
        var received = new MessageCollector();
        await using var client = new MqttClient();
        var states = new StateRecorder(client);
        await client.ConnectAsync(Options(broker.Port, "gateway", logs, received.HandleAsync));
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);

        var mark = states.Mark();
        await broker.StopAsync();
        await states.WaitForAsync(MqttClientState.Reconnecting, mark).WithTimeout("the client noticing the broker stopped");
        await broker.StartAgainAsync();
        await states.WaitForAsync(MqttClientState.Connected, mark).WithTimeout($"the client reconnecting to the restarted broker{Environment.NewLine}{broker.ReadLog()}");

        // Without persistence the broker forgot the subscription: the client restored it.
        await using var publisher = new MqttClient();
        await publisher.ConnectAsync(Options(broker.Port, "device", logs: null, handler: null));
        await TaskTimeouts.Eventually(
            async () =>
            {
                await publisher.PublishStringAsync(topic, "after restart", MqttQualityOfService.AtLeastOnce);
                return received.Count > 0;
            },
            "a message reaching the restored subscription");
        Assert.Equal("after restart", received.Messages[0].Payload.ToArray().Utf8());
        logs.ThrowIfErrors();
    }

    [Fact]
    public async Task Messages_queued_for_an_absent_client_survive_a_restart_of_a_persistent_broker()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { Persistence = true });
        var topic = Unique.Topic("persisted");
        var received = new MessageCollector();
        await using var subscriber = new MqttClient();
        var subscriberOptions = Options(broker.Port, "sub", logs: null, received.HandleAsync);
        (subscriberOptions.CleanStart, subscriberOptions.SessionExpiry) = (false, TimeSpan.FromHours(1));
        await subscriber.ConnectAsync(subscriberOptions);
        await subscriber.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await subscriber.DisconnectAsync();
        await using var publisher = new MqttClient();
        await publisher.ConnectAsync(Options(broker.Port, "pub", logs: null, handler: null));
        await publisher.PublishStringAsync(topic, "queued before the restart", MqttQualityOfService.AtLeastOnce);

        await broker.StopAsync();
        await broker.StartAgainAsync();
        await subscriber.ConnectAsync(subscriberOptions);

        await received.WaitForAsync(1).WithTimeout("the message the broker kept on disk");
        Assert.Equal("queued before the restart", received.Messages[0].Payload.ToArray().Utf8());
    }

    [Fact]
    public async Task A_link_that_goes_silent_is_detected_by_keep_alive_and_replaced()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        await using var proxy = new TcpProxy(broker.Port);
        await using var client = new MqttClient();
        var states = new StateRecorder(client);
        var options = Options(proxy.Port, "silent-link", logs: null, handler: null);
        options.KeepAlive = TimeSpan.FromSeconds(1);
        await client.ConnectAsync(options);

        var mark = states.Mark();
        proxy.Freeze();
        var lost = await states.WaitForAsync(MqttClientState.Reconnecting, mark).WithTimeout("keep-alive declaring the frozen link dead");
        Assert.Contains("No PINGRESP", Assert.IsType<MqttCommunicationException>(lost.Exception).Message);
        proxy.Thaw();

        await states.WaitForAsync(MqttClientState.Connected, mark).WithTimeout("the reconnect over the thawed proxy");
        Assert.True((await client.PublishStringAsync(Unique.Topic("after"), "x", MqttQualityOfService.AtLeastOnce)).IsSuccess);
    }

    private static MqttClientOptions Options(int port, string purpose, LogCapture? logs, MqttMessageHandler? handler) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        ClientId = Unique.ClientId(purpose),
        KeepAlive = TimeSpan.FromSeconds(5),
        Reconnect = FastReconnect,
        Timeout = TimeSpan.FromSeconds(5),
        MessageHandler = handler,
        LoggerFactory = logs is null ? null : LoggerFactory.Create(b => b.AddProvider(logs)),
    };
}
