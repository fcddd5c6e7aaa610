using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt.Tests.Connecting;

public sealed class ConnectTests
{
    [Fact]
    public async Task CONNECT_carries_the_options_and_the_result_carries_the_CONNACK()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var options = broker.Options("device-01");
        options.UserName = "device-01";
        options.Password = "mật-khẩu";
        options.CleanStart = false;
        options.SessionExpiry = TimeSpan.FromMinutes(5);
        options.KeepAlive = TimeSpan.FromSeconds(30);
        options.ReceiveMaximum = 50;
        options.MaximumPacketSize = 64 * 1024;
        options.UserProperties = [new("firmware", "2.1")];
        options.Will = new MqttApplicationMessage("stations/s1/devices/d1/status", "offline"u8.ToArray(), MqttQualityOfService.AtLeastOnce, retain: true)
        {
            MessageExpiryInterval = TimeSpan.FromHours(1),
            ContentType = "text/plain",
        };
        options.WillDelay = TimeSpan.FromSeconds(5);

        var connecting = client.ConnectAsync(options);
        var (_, connect) = await broker.AcceptClientAsync(new ConnAckPacket
        {
            SessionPresent = true,
            ReceiveMaximum = 20,
            MaximumPacketSize = 4096,
            AssignedClientIdentifier = "ignored",
            ServerKeepAlive = 15,
            ReasonString = "chào",
            SharedSubscriptionAvailable = false,
        });
        var result = await connecting.WithTimeout("ConnectAsync");

        Assert.Equal(("device-01", "device-01"), (connect.ClientId, connect.UserName));
        Assert.Equal("mật-khẩu"u8.ToArray(), connect.Password);
        Assert.Equal((false, (ushort)30, 300u, (ushort)50, 65536u), (connect.CleanStart, connect.KeepAlive, connect.SessionExpiryInterval, connect.ReceiveMaximum, connect.MaximumPacketSize));
        Assert.Equal([new("firmware", "2.1")], connect.UserProperties!);
        var will = connect.Will!;
        Assert.Equal(("stations/s1/devices/d1/status", "offline", MqttQualityOfService.AtLeastOnce, true), (will.Topic, System.Text.Encoding.UTF8.GetString(will.Payload.Span), will.QualityOfService, will.Retain));
        Assert.Equal((5u, 3600u, "text/plain"), (will.DelayInterval, will.MessageExpiryInterval, will.ContentType));

        Assert.True(result.SessionPresent);
        Assert.Equal((MqttReasonCode.Success, (ushort)20, 4096u, "chào"), (result.ReasonCode, result.ReceiveMaximum, result.MaximumPacketSize, result.ReasonString));
        Assert.Equal(TimeSpan.FromSeconds(15), result.ServerKeepAlive);
        Assert.False(result.SharedSubscriptionAvailable);
        Assert.Equal(MqttClientState.Connected, client.State);
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V500, MqttReasonCode.BadUserNameOrPassword)]
    [InlineData(MqttProtocolVersion.V500, MqttReasonCode.Banned)]
    [InlineData(MqttProtocolVersion.V311, MqttReasonCode.BadUserNameOrPassword)]
    [InlineData(MqttProtocolVersion.V311, MqttReasonCode.NotAuthorized)]
    public async Task A_refused_connection_throws_with_the_CONNACK_reason_code(MqttProtocolVersion version, MqttReasonCode reason)
    {
        await using var broker = new ScriptedBroker(version);
        await using var client = new MqttClient();
        var states = new StateRecorder(client);

        var connecting = client.ConnectAsync(broker.Options());
        await broker.AcceptClientAsync(new ConnAckPacket { ReasonCode = reason, ReasonString = version == MqttProtocolVersion.V500 ? "no" : null });

        var refusal = await Assert.ThrowsAsync<MqttConnectException>(() => connecting.WithTimeout("the refusal"));
        Assert.Equal(reason, refusal.ReasonCode);
        Assert.Equal(MqttClientState.Disconnected, client.State);
        Assert.Equal([MqttClientState.Connecting, MqttClientState.Disconnected], states.Changes.Select(c => c.State));
        Assert.Same(refusal, states.Changes[^1].Exception);
    }

    [Fact]
    public async Task A_first_packet_other_than_CONNACK_is_a_protocol_error()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();

        var connecting = client.ConnectAsync(broker.Options());
        var connection = await broker.AcceptAsync();
        await connection.ReceiveAsync<ConnectPacket>();
        await connection.SendAsync(PingRespPacket.Instance);

        var failure = await Assert.ThrowsAsync<MqttProtocolException>(() => connecting.WithTimeout("the protocol error"));
        Assert.Equal(MqttReasonCode.ProtocolError, failure.ReasonCode);
    }

    [Fact]
    public async Task Connecting_gives_up_after_the_timeout_when_the_broker_stays_silent()
    {
        var clock = new ManualTimeProvider();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var options = broker.Options();
        options.TimeProvider = clock;
        options.Timeout = TimeSpan.FromSeconds(10);

        var connecting = client.ConnectAsync(options);
        var connection = await broker.AcceptAsync();
        await connection.ReceiveAsync<ConnectPacket>();
        clock.Advance(TimeSpan.FromSeconds(10));

        // Not WithTimeout: it would read the client's TimeoutException as its own.
        var failure = await Assert.ThrowsAsync<TimeoutException>(() => connecting.WaitAsync(TaskTimeouts.Default));
        Assert.StartsWith("Connecting to 127.0.0.1", failure.Message);
        Assert.Contains("within 10 s", failure.Message);
        Assert.Equal(MqttClientState.Disconnected, client.State);
    }

    [Fact]
    public async Task Connecting_a_connected_client_is_refused()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connecting = client.ConnectAsync(broker.Options());
        await broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.ConnectAsync(broker.Options()));
    }

    [Fact]
    public async Task Options_that_cannot_work_are_refused_before_connecting()
    {
        await using var client = new MqttClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(new MqttClientOptions { ProtocolVersion = MqttProtocolVersion.V311, ClientId = "", CleanStart = false }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(new MqttClientOptions { ClientId = "bad\0id" }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(new MqttClientOptions { KeepAlive = TimeSpan.FromDays(2) }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(new MqttClientOptions { Will = new MqttApplicationMessage("will/#", default) }));
        Assert.Equal(MqttClientState.Disconnected, client.State);
    }

    [Fact]
    public async Task The_password_never_reaches_the_logs()
    {
        var logs = new LogCapture();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var options = broker.Options("secretive");
        options.UserName = "user";
        options.Password = "hunter2-password";
        options.LoggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));

        var connecting = client.ConnectAsync(options);
        var (connection, connect) = await broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");
        await client.DisconnectAsync();

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.ToString().Contains("hunter2", StringComparison.Ordinal));
        Assert.DoesNotContain("hunter2", connect.ToString(), StringComparison.Ordinal);
    }
}
