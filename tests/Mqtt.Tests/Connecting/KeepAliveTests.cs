using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Connecting;

public sealed class KeepAliveTests
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_idle_client_sends_PINGREQ_before_the_keep_alive_runs_out_and_a_PINGRESP_keeps_it_connected()
    {
        var clock = new ManualTimeProvider();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, clock, new ConnAckPacket());

        for (var round = 1; round <= 3; round++)
        {
            clock.Advance(KeepAlive / 2);
            await connection.ReceiveAsync<PingReqPacket>($"PINGREQ {round} after half the keep-alive of silence");
            await connection.SendAsync(PingRespPacket.Instance);
            await TaskTimeouts.Eventually(() => client.CurrentConnection?.KeepAlive?.PingOutstanding == false, $"the client reading PINGRESP {round}");
        }

        Assert.Equal(MqttClientState.Connected, client.State);
    }

    [Fact]
    public async Task Without_PINGRESP_within_the_keep_alive_the_link_is_declared_dead()
    {
        var clock = new ManualTimeProvider();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var states = new StateRecorder(client);
        var connection = await ConnectAsync(broker, client, clock, new ConnAckPacket());

        clock.Advance(KeepAlive / 2);
        await connection.ReceiveAsync<PingReqPacket>("the PINGREQ");
        clock.Advance(KeepAlive / 2);
        Assert.Equal(MqttClientState.Connected, client.State);
        clock.Advance(KeepAlive / 2);

        var lost = await states.WaitForAsync(MqttClientState.Disconnected).WithTimeout("the client giving up on the silent broker");
        var cause = Assert.IsType<MqttCommunicationException>(lost.Exception);
        Assert.Contains("No PINGRESP within the keep-alive of 10 s", cause.Message);
        await connection.ReceiveUntilClosedAsync("the client closing the dead connection");
    }

    [Fact]
    public async Task The_brokers_Server_Keep_Alive_replaces_the_requested_one()
    {
        var clock = new ManualTimeProvider();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, clock, new ConnAckPacket { ServerKeepAlive = 4 });

        clock.Advance(TimeSpan.FromSeconds(2));

        await connection.ReceiveAsync<PingReqPacket>("a PINGREQ after half the server's keep-alive of 4 s");
    }

    [Fact]
    public async Task Traffic_from_the_client_postpones_the_PINGREQ()
    {
        var clock = new ManualTimeProvider();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, clock, new ConnAckPacket());

        clock.Advance(TimeSpan.FromSeconds(3));
        await client.PublishAsync("t", new byte[] { 1 });
        await connection.ReceiveAsync<PublishPacket>("the publish");
        await TaskTimeouts.Eventually(() => WrittenAt(client) == clock.GetTimestamp(), "the client recording its write");
        clock.Advance(TimeSpan.FromSeconds(2));
        await client.PublishAsync("t", new byte[] { 2 });

        // The tick at 5 s found the client busy 2 s earlier: the next packet is the second publish, not a PINGREQ.
        Assert.Equal(2, (await connection.ReceiveAsync<PublishPacket>("the second publish")).Payload.Span[0]);
    }

    private static long WrittenAt(MqttClient client) => client.CurrentConnection!.Sender.LastWriteTimestamp;

    private static async Task<ScriptedConnection> ConnectAsync(ScriptedBroker broker, MqttClient client, ManualTimeProvider clock, ConnAckPacket connAck)
    {
        var options = broker.Options();
        options.KeepAlive = KeepAlive;
        options.TimeProvider = clock;
        var connecting = client.ConnectAsync(options);
        var (connection, _) = await broker.AcceptClientAsync(connAck);
        await connecting.WithTimeout("ConnectAsync");
        return connection;
    }
}
