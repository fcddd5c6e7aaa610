using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Publishing;

public sealed class FlowControlTests
{
    [Fact]
    public async Task At_most_the_brokers_Receive_Maximum_of_QoS_1_messages_are_in_flight()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, new ConnAckPacket { ReceiveMaximum = 2 });

        var publishes = Enumerable.Range(0, 3).Select(i => client.PublishAsync($"t/{i}", new byte[] { (byte)i }, MqttQualityOfService.AtLeastOnce)).ToList();
        var first = await connection.ReceiveAsync<PublishPacket>("the 1st in-flight message");
        var second = await connection.ReceiveAsync<PublishPacket>("the 2nd in-flight message");

        // The third waits for a free slot; a QoS 0 message, outside the window, overtakes it.
        await client.PublishAsync("qos0", new byte[] { 9 });
        Assert.Equal("qos0", (await connection.ReceiveAsync<PublishPacket>("the QoS 0 message")).Topic);
        Assert.False(publishes[2].IsCompleted);

        await connection.SendAsync(new PubAckPacket { PacketId = first.PacketId });
        var third = await connection.ReceiveAsync<PublishPacket>("the 3rd message once a slot freed");
        Assert.Equal(("t/0", "t/1", "t/2"), (first.Topic, second.Topic, third.Topic));
        await connection.SendAsync(new PubAckPacket { PacketId = second.PacketId });
        await connection.SendAsync(new PubAckPacket { PacketId = third.PacketId });
        Assert.All(await Task.WhenAll(publishes).WithTimeout("every publish acknowledged"), r => Assert.True(r.IsSuccess));
    }

    [Fact]
    public async Task A_full_outgoing_queue_makes_publishers_wait_and_keeps_memory_bounded()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var options = broker.Options();
        options.OutgoingQueueCapacity = 4 * 1024;
        var connecting = client.ConnectAsync(options);
        var (connection, _) = await broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");

        // The broker reads nothing: socket buffers fill, then the queue, then publishers wait.
        var payload = new byte[16 * 1024];
        Task<MqttClientPublishResult>? waiting = null;
        var published = 0;
        for (; published < 20_000 && waiting is null; published++)
        {
            var publish = client.PublishAsync("bulk", payload);
            if (!publish.IsCompleted)
            {
                waiting = publish;
            }
        }

        Assert.True(waiting is not null, $"{published} publishes of 16 KiB never had to wait");
        // The queue holds at most its capacity plus the packet that crossed it (the writer may hold one more batch).
        Assert.InRange(client.CurrentConnection!.Sender.PendingBytes, 0, options.OutgoingQueueCapacity + payload.Length + 64);

        // Once the broker reads, the waiting publisher gets its turn.
        while (!waiting.IsCompleted)
        {
            await connection.ReceiveAsync<PublishPacket>("queued messages");
        }

        Assert.True((await waiting).IsSuccess);
    }

    [Fact]
    public async Task QoS_2_completes_on_PUBCOMP_after_PUBREC_and_PUBREL()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, new ConnAckPacket());

        var publishing = client.PublishAsync("exactly/once", new byte[] { 1 }, MqttQualityOfService.ExactlyOnce);
        var publish = await connection.ReceiveAsync<PublishPacket>("PUBLISH");
        await connection.SendAsync(new PubRecPacket { PacketId = publish.PacketId, ReasonCode = MqttReasonCode.NoMatchingSubscribers });
        Assert.Equal(publish.PacketId, (await connection.ReceiveAsync<PubRelPacket>("PUBREL")).PacketId);
        Assert.False(publishing.IsCompleted, "QoS 2 completed before PUBCOMP");
        await connection.SendAsync(new PubCompPacket { PacketId = publish.PacketId });

        Assert.Equal(MqttReasonCode.NoMatchingSubscribers, (await publishing.WithTimeout("PUBCOMP completing the publish")).ReasonCode);
    }

    [Theory]
    [InlineData(MqttQualityOfService.AtLeastOnce)]
    [InlineData(MqttQualityOfService.ExactlyOnce)]
    public async Task A_refusal_by_the_broker_is_returned_with_its_reason_and_frees_the_slot(MqttQualityOfService qos)
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, new ConnAckPacket { ReceiveMaximum = 1 });

        var refused = client.PublishAsync("stations/s2/cmd", new byte[] { 1 }, qos);
        var publish = await connection.ReceiveAsync<PublishPacket>("PUBLISH");
        PublishAcknowledgementPacket refusal = qos == MqttQualityOfService.AtLeastOnce ? new PubAckPacket() : new PubRecPacket();
        (refusal.PacketId, refusal.ReasonCode, refusal.ReasonString) = (publish.PacketId, MqttReasonCode.NotAuthorized, "ACL");
        await connection.SendAsync(refusal);

        var result = await refused.WithTimeout("the refusal");
        Assert.Equal((MqttReasonCode.NotAuthorized, false, "ACL"), (result.ReasonCode, result.IsSuccess, result.ReasonString));
        var next = client.PublishAsync("stations/s1/cmd", new byte[] { 2 }, qos);
        Assert.Equal("stations/s1/cmd", (await connection.ReceiveAsync<PublishPacket>("the next message in the freed slot")).Topic);
        Assert.False(next.IsCompleted);

        // Never acknowledged: disconnecting tells its caller.
        await client.DisconnectAsync();
        await Assert.ThrowsAsync<MqttClientNotConnectedException>(() => next);
    }

    [Fact]
    public async Task Messages_the_broker_cannot_take_are_refused_before_anything_is_sent()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, new ConnAckPacket { MaximumPacketSize = 100, MaximumQoS = MqttQualityOfService.AtLeastOnce, RetainAvailable = false });

        await Assert.ThrowsAsync<ArgumentException>(() => client.PublishAsync("big", new byte[200]));
        await Assert.ThrowsAsync<ArgumentException>(() => client.PublishAsync("t", new byte[1], MqttQualityOfService.ExactlyOnce));
        await Assert.ThrowsAsync<ArgumentException>(() => client.PublishAsync("t", new byte[1], retain: true));
        await Assert.ThrowsAsync<ArgumentException>(() => client.PublishAsync("stations/+/cmd", new byte[1]));
        await Assert.ThrowsAsync<ArgumentException>(() => client.PublishAsync("", new byte[1]));
        await client.PublishAsync("small", new byte[10]);

        Assert.Equal("small", (await connection.ReceiveAsync<PublishPacket>("the only message that fits")).Topic);
    }

    [Fact]
    public async Task Publishing_without_a_connection_fails_with_a_typed_exception()
    {
        await using var client = new MqttClient();

        await Assert.ThrowsAsync<MqttClientNotConnectedException>(() => client.PublishAsync("t", new byte[1]));
        await Assert.ThrowsAsync<MqttClientNotConnectedException>(() => client.PublishAsync("t", new byte[1], MqttQualityOfService.AtLeastOnce));
    }

    private static async Task<ScriptedConnection> ConnectAsync(ScriptedBroker broker, MqttClient client, ConnAckPacket connAck)
    {
        var connecting = client.ConnectAsync(broker.Options());
        var (connection, _) = await broker.AcceptClientAsync(connAck);
        await connecting.WithTimeout("ConnectAsync");
        return connection;
    }
}
