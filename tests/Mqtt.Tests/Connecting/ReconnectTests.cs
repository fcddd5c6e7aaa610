using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt.Tests.Connecting;

/// <summary>The monitoring loop and session resumption, against a scripted broker on a manual clock.</summary>
public sealed class ReconnectTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly LogCapture _logs = new();
    private readonly ScriptedBroker _broker = new();
    private readonly MqttClient _client = new();
    private StateRecorder _states = null!;

    public Task InitializeAsync()
    {
        _states = new StateRecorder(_client);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _broker.DisposeAsync();
    }

    [Fact]
    public async Task Reconnect_attempts_wait_for_exponentially_growing_delays()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.Zero);
        connection.Drop();
        await _states.WaitForAsync(MqttClientState.Reconnecting).WithTimeout("the client noticing the lost connection");

        // Attempts 1 and 2 are refused (the connection closes before CONNACK), attempt 3 succeeds.
        foreach (var (attempt, delay) in new[] { (1, 1), (2, 2), (3, 4) })
        {
            await WaitForReconnectDelayAsync(attempt);
            _clock.Advance(TimeSpan.FromSeconds(delay) - TimeSpan.FromMilliseconds(1));
            Assert.True(_clock.ArmedTimerCount == 1, $"attempt {attempt} started before its {delay} s delay");
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            var attemptConnection = await _broker.AcceptAsync();
            await attemptConnection.ReceiveAsync<ConnectPacket>($"CONNECT of attempt {attempt}");
            if (attempt < 3)
            {
                attemptConnection.Drop();
            }
            else
            {
                await attemptConnection.SendAsync(new ConnAckPacket());
            }
        }

        await _states.WaitForAsync(MqttClientState.Connected, since: 2).WithTimeout("the third attempt connecting");
        Assert.Equal([MqttClientState.Connecting, MqttClientState.Connected, MqttClientState.Reconnecting, MqttClientState.Connected], _states.Changes.Select(c => c.State));
        Assert.Equal(2, _logs.Entries.Count(e => e.Message.Contains("Reconnect attempt", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unacknowledged_QoS_1_messages_go_out_again_with_DUP_and_their_identifier_when_the_session_resumes()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.FromMinutes(1));
        var publishing = _client.PublishAsync("stations/s1/cmd", "play"u8.ToArray(), MqttQualityOfService.AtLeastOnce);
        var first = await connection.ReceiveAsync<PublishPacket>("the first transmission");
        Assert.False(first.Duplicate);

        var resumed = await ReconnectAsync(connection, new ConnAckPacket { SessionPresent = true });
        var again = await resumed.ReceiveAsync<PublishPacket>("the retransmission");
        Assert.Equal((true, first.PacketId, "play"), (again.Duplicate, again.PacketId, System.Text.Encoding.UTF8.GetString(again.Payload.Span)));
        Assert.False(publishing.IsCompleted, "the publish completed before its PUBACK");

        await resumed.SendAsync(new PubAckPacket { PacketId = again.PacketId });
        Assert.True((await publishing.WithTimeout("the publish completing on PUBACK")).IsSuccess);
    }

    [Fact]
    public async Task A_QoS_2_message_past_PUBREC_resumes_with_PUBREL()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.FromMinutes(1));
        var publishing = _client.PublishAsync("t", new byte[] { 1 }, MqttQualityOfService.ExactlyOnce);
        var publish = await connection.ReceiveAsync<PublishPacket>("PUBLISH");
        await connection.SendAsync(new PubRecPacket { PacketId = publish.PacketId });
        await connection.ReceiveAsync<PubRelPacket>("PUBREL");

        var resumed = await ReconnectAsync(connection, new ConnAckPacket { SessionPresent = true });
        var release = await resumed.ReceiveAsync<PubRelPacket>("PUBREL again, not the PUBLISH");
        Assert.Equal(publish.PacketId, release.PacketId);
        await resumed.SendAsync(new PubCompPacket { PacketId = publish.PacketId });

        Assert.True((await publishing.WithTimeout("the publish completing on PUBCOMP")).IsSuccess);
    }

    [Fact]
    public async Task When_the_broker_lost_the_session_pending_messages_go_out_as_new_and_subscriptions_are_restored()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.FromMinutes(1));
        var subscription = new MqttTopicSubscription("stations/s1/cmd", MqttQualityOfService.AtLeastOnce) { RetainHandling = MqttRetainHandling.DoNotSend };
        var subscribing = _client.SubscribeAsync([subscription]);
        var subscribe = await connection.ReceiveAsync<SubscribePacket>("SUBSCRIBE");
        await connection.SendAsync(new SubAckPacket { PacketId = subscribe.PacketId, ReasonCodes = [MqttReasonCode.GrantedQoS1] });
        await subscribing.WithTimeout("SUBACK");
        var publishing = _client.PublishAsync("t", new byte[] { 7 }, MqttQualityOfService.AtLeastOnce);
        await connection.ReceiveAsync<PublishPacket>("the first transmission");

        var fresh = await ReconnectAsync(connection, new ConnAckPacket { SessionPresent = false });
        var republished = await fresh.ReceiveAsync<PublishPacket>("the message published again");
        Assert.False(republished.Duplicate);
        var restored = await fresh.ReceiveAsync<SubscribePacket>("the restored subscription");
        Assert.Equal(subscription, Assert.Single(restored.Subscriptions));
        await fresh.SendAsync(new SubAckPacket { PacketId = restored.PacketId, ReasonCodes = [MqttReasonCode.GrantedQoS1] });
        await fresh.SendAsync(new PubAckPacket { PacketId = republished.PacketId });

        Assert.True((await publishing.WithTimeout("the republished message acknowledged")).IsSuccess);
    }

    [Fact]
    public async Task When_the_session_resumes_subscriptions_are_not_sent_again()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.FromMinutes(1));
        var subscribing = _client.SubscribeAsync("a/b");
        var subscribe = await connection.ReceiveAsync<SubscribePacket>("SUBSCRIBE");
        await connection.SendAsync(new SubAckPacket { PacketId = subscribe.PacketId, ReasonCodes = [MqttReasonCode.GrantedQoS1] });
        await subscribing.WithTimeout("SUBACK");

        var resumed = await ReconnectAsync(connection, new ConnAckPacket { SessionPresent = true });
        await _client.PublishAsync("marker", new byte[] { 1 });

        Assert.Equal("marker", (await resumed.ReceiveAsync<PublishPacket>("the marker, with no SUBSCRIBE before it")).Topic);
    }

    [Fact]
    public async Task A_request_waiting_for_its_answer_fails_when_the_connection_drops()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.Zero);
        var subscribing = _client.SubscribeAsync("a/b");
        await connection.ReceiveAsync<SubscribePacket>("SUBSCRIBE");

        connection.Drop();

        var failure = await Assert.ThrowsAsync<MqttCommunicationException>(() => subscribing.WithTimeout("the subscribe failing"));
        Assert.Contains("lost before the broker answered", failure.Message);
    }

    [Fact]
    public async Task DisconnectAsync_while_reconnecting_stops_the_attempts()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.Zero);
        connection.Drop();
        await WaitForReconnectDelayAsync(1);

        await _client.DisconnectAsync().WithTimeout("DisconnectAsync");

        Assert.Equal(MqttClientState.Disconnected, _client.State);
        Assert.Equal(0, _clock.ArmedTimerCount);
        await Assert.ThrowsAsync<MqttClientNotConnectedException>(() => _client.PublishAsync("t", new byte[] { 1 }));
    }

    [Fact]
    public async Task A_client_that_connected_with_clean_start_resumes_its_session_when_it_reconnects()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.FromMinutes(1), cleanStart: true);

        // ReconnectAsync asserts CleanStart is off in the reconnect's CONNECT.
        var resumed = await ReconnectAsync(connection, new ConnAckPacket { SessionPresent = true });
        await _client.PublishAsync("marker", new byte[] { 1 });

        Assert.Equal("marker", (await resumed.ReceiveAsync<PublishPacket>("a message over the resumed session")).Topic);
    }

    [Fact]
    public async Task Without_a_session_that_outlives_the_connection_a_reconnect_starts_clean()
    {
        var connection = await ConnectAsync(sessionExpiry: TimeSpan.Zero);
        connection.Drop();
        await WaitForReconnectDelayAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(1));

        var (_, connect) = await _broker.AcceptClientAsync();

        Assert.True(connect.CleanStart, "a session that ended with the connection cannot be resumed");
    }

    private async Task<ScriptedConnection> ConnectAsync(TimeSpan sessionExpiry, bool? cleanStart = null)
    {
        var options = _broker.Options("reconnecting");
        options.CleanStart = cleanStart ?? sessionExpiry == TimeSpan.Zero;
        options.SessionExpiry = sessionExpiry;
        options.TimeProvider = _clock;
        options.Timeout = TimeSpan.FromHours(1);
        options.Reconnect = new MqttReconnectPolicy { InitialDelay = TimeSpan.FromSeconds(1), MaximumDelay = TimeSpan.FromSeconds(4), Jitter = 0 };
        options.LoggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        var connecting = _client.ConnectAsync(options);
        var (connection, _) = await _broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");
        return connection;
    }

    private async Task<ScriptedConnection> ReconnectAsync(ScriptedConnection connection, ConnAckPacket connAck)
    {
        var mark = _states.Mark();
        connection.Drop();
        await WaitForReconnectDelayAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var (resumed, connect) = await _broker.AcceptClientAsync(connAck);
        Assert.False(connect.CleanStart, "a reconnect must ask to resume the session");
        await _states.WaitForAsync(MqttClientState.Connected, mark).WithTimeout("the reconnect");
        return resumed;
    }

    /// <summary>Waits until the loop logged attempt <paramref name="attempt"/> and armed its delay (the only timer then).</summary>
    private Task WaitForReconnectDelayAsync(int attempt) => TaskTimeouts.Eventually(
        () => _logs.Entries.Any(e => e.Message.EndsWith($"(attempt {attempt})", StringComparison.Ordinal)) && _clock.ArmedTimerCount == 1,
        $"the client scheduling reconnect attempt {attempt}");
}
