using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.Mqtt.Tests.Formatting;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt.Tests.Publishing;

/// <summary>A broker that breaks the protocol: the client answers with DISCONNECT and the right reason code, closes, and tells the application why.</summary>
public sealed class ProtocolViolationTests
{
    public static TheoryData<string, MqttReasonCode> Violations => new()
    {
        { "PUBLISH with a wildcard topic", MqttReasonCode.ProtocolError },
        { "PUBLISH with ill-formed UTF-8", MqttReasonCode.MalformedPacket },
        { "a packet over the maximum packet size, announced by its header alone", MqttReasonCode.PacketTooLarge },
        { "a remaining length over 4 bytes", MqttReasonCode.MalformedPacket },
        { "CONNECT, which a client never receives", MqttReasonCode.ProtocolError },
        { "SUBSCRIBE, which a client never receives", MqttReasonCode.ProtocolError },
        { "PINGREQ, which a client never receives", MqttReasonCode.ProtocolError },
        { "AUTH without an authentication method", MqttReasonCode.ProtocolError },
        { "a second CONNACK", MqttReasonCode.ProtocolError },
        { "a topic alias above the maximum", MqttReasonCode.TopicAliasInvalid },
        { "a topic alias never defined", MqttReasonCode.ProtocolError },
        { "more unacknowledged QoS 2 messages than the Receive Maximum", MqttReasonCode.ReceiveMaximumExceeded },
        { "a SUBACK for no SUBSCRIBE", MqttReasonCode.ProtocolError },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task A_protocol_violation_closes_the_connection_with_its_reason_code(string violation, MqttReasonCode expected)
    {
        var logs = new LogCapture();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var states = new StateRecorder(client);
        var options = broker.Options();
        options.ReceiveMaximum = 2;
        options.MaximumPacketSize = 1024;
        options.LoggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        options.MessageHandler = (_, _) => ValueTask.CompletedTask;
        var connecting = client.ConnectAsync(options);
        var (connection, _) = await broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");

        foreach (var bytes in Script(violation))
        {
            await connection.SendRawAsync(bytes);
        }

        var sent = await connection.ReceiveUntilClosedAsync($"the client closing after {violation}");
        var disconnect = Assert.IsType<DisconnectPacket>(sent.Last());
        Assert.Equal(expected, disconnect.ReasonCode);
        var ended = await states.WaitForAsync(MqttClientState.Disconnected).WithTimeout("the Disconnected state");
        Assert.Equal(expected, Assert.IsType<MqttProtocolException>(ended.Exception).ReasonCode);
        logs.ThrowIfErrors();
    }

    [Fact]
    public async Task A_DISCONNECT_from_the_broker_reports_its_reason_and_is_not_answered()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var states = new StateRecorder(client);
        var connecting = client.ConnectAsync(broker.Options());
        var (connection, _) = await broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");

        await connection.SendAsync(new DisconnectPacket { ReasonCode = MqttReasonCode.SessionTakenOver, ReasonString = "another device took client id" });

        Assert.Empty(await connection.ReceiveUntilClosedAsync("the client closing without a word"));
        var ended = await states.WaitForAsync(MqttClientState.Disconnected).WithTimeout("the Disconnected state");
        var cause = Assert.IsType<MqttCommunicationException>(ended.Exception);
        Assert.Equal(MqttReasonCode.SessionTakenOver, cause.ReasonCode);
        Assert.Contains("another device took client id", cause.Message);
    }

    [Fact]
    public async Task Hostile_bytes_from_the_broker_always_end_in_a_closed_connection_and_a_typed_error()
    {
        const int cases = 250;
        var inputs = new FuzzInputs(seed: 7);
        var logs = new LogCapture();
        var unobserved = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        EventHandler<UnobservedTaskExceptionEventArgs> count = (_, e) => unobserved.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += count;
        try
        {
            await using var broker = new ScriptedBroker();
            var options = broker.Options();
            options.MaximumPacketSize = 4096;
            options.LoggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
            options.MessageHandler = (_, _) => ValueTask.CompletedTask;
            for (var i = 0; i < cases; i++)
            {
                var bytes = inputs.Next();
                await using var client = new MqttClient();
                var states = new StateRecorder(client);
                var connecting = client.ConnectAsync(options);
                var (connection, _) = await broker.AcceptClientAsync();
                await connecting.WithTimeout("ConnectAsync");

                await connection.SendRawAsync(bytes);
                connection.EndSending();
                var sent = await connection.ReceiveUntilClosedAsync($"case {i} ({inputs.LastStrategy}: {Convert.ToHexString(bytes)}) closing");
                var ended = await states.WaitForAsync(MqttClientState.Disconnected).WithTimeout($"case {i} reaching Disconnected");

                switch (ended.Exception)
                {
                    case MqttProtocolException violation:
                        Assert.Equal(violation.ReasonCode, Assert.IsType<DisconnectPacket>(sent.Last()).ReasonCode);
                        break;
                    case MqttCommunicationException:
                        break;
                    default:
                        Assert.Fail($"case {i} ({Convert.ToHexString(bytes)}) ended with {ended.Exception?.GetType().Name ?? "no exception"}: {ended.Exception}");
                        break;
                }

                await connection.DisposeAsync();
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= count;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.True(unobserved.IsEmpty, string.Join(Environment.NewLine, unobserved));
        logs.ThrowIfErrors();
    }

    private static IEnumerable<byte[]> Script(string violation)
    {
        var v5 = MqttPacketFormatter.V500;
        return violation switch
        {
            "PUBLISH with a wildcard topic" => [Convert.FromHexString("30060003612F2300")],
            "PUBLISH with ill-formed UTF-8" => [Convert.FromHexString("30040001FF00")],
            "a packet over the maximum packet size, announced by its header alone" => [Convert.FromHexString("30FFFF03")],
            "a remaining length over 4 bytes" => [Convert.FromHexString("30FFFFFFFF7F")],
            "CONNECT, which a client never receives" => [v5.Encode(new ConnectPacket { ClientId = "x" })],
            "SUBSCRIBE, which a client never receives" => [v5.Encode(new SubscribePacket { PacketId = 1, Subscriptions = [new("a")] })],
            "PINGREQ, which a client never receives" => [v5.Encode(PingReqPacket.Instance)],
            "AUTH without an authentication method" => [v5.Encode(new AuthPacket { ReasonCode = MqttReasonCode.ContinueAuthentication, AuthenticationMethod = "X" })],
            "a second CONNACK" => [v5.Encode(new ConnAckPacket())],
            "a topic alias above the maximum" => [v5.Encode(new PublishPacket { Topic = "a", TopicAlias = 17 })],
            "a topic alias never defined" => [v5.Encode(new PublishPacket { Topic = "", TopicAlias = 3 })],
            "more unacknowledged QoS 2 messages than the Receive Maximum" =>
                Enumerable.Range(1, 3).Select(id => v5.Encode(new PublishPacket { Topic = "q", PacketId = (ushort)id, QualityOfService = MqttQualityOfService.ExactlyOnce })),
            _ => [v5.Encode(new SubAckPacket { PacketId = 9, ReasonCodes = [MqttReasonCode.GrantedQoS0] })],
        };
    }
}
