using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt.Tests.Publishing;

public sealed class ReceiveTests
{
    [Fact]
    public async Task A_QoS_1_message_is_acknowledged_only_after_the_handler_returns()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, async (_, _) =>
        {
            entered.TrySetResult();
            await release.Task;
        });

        await connection.SendAsync(new PublishPacket { Topic = "cmd", PacketId = 42, QualityOfService = MqttQualityOfService.AtLeastOnce, Payload = new byte[] { 1 } });
        await entered.Task.WithTimeout("the handler starting");
        await client.PublishAsync("marker", new byte[] { 1 });
        Assert.Equal("marker", (await connection.ReceiveAsync<PublishPacket>("the marker, with no PUBACK before it")).Topic);

        release.SetResult();
        Assert.Equal(42, (await connection.ReceiveAsync<PubAckPacket>("the PUBACK once the handler returned")).PacketId);
    }

    [Fact]
    public async Task Messages_reach_the_handler_one_at_a_time_in_the_order_sent()
    {
        const int count = 200;
        var order = new List<int>();
        var concurrent = 0;
        var maximumConcurrent = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, async (message, _) =>
        {
            maximumConcurrent = Math.Max(maximumConcurrent, Interlocked.Increment(ref concurrent));
            var index = message.Payload.Span[0] | (message.Payload.Span[1] << 8);
            await Task.Yield();
            order.Add(index);
            Interlocked.Decrement(ref concurrent);
            if (order.Count == count)
            {
                done.TrySetResult();
            }
        });

        for (var i = 0; i < count; i++)
        {
            var qos = (MqttQualityOfService)(i % 3);
            await connection.SendAsync(new PublishPacket { Topic = "t", QualityOfService = qos, PacketId = qos == 0 ? (ushort)0 : (ushort)(i + 1), Payload = new byte[] { (byte)i, (byte)(i >> 8) } });
        }

        await done.Task.WithTimeout($"{count} messages handled");
        Assert.Equal(Enumerable.Range(0, count), order);
        Assert.Equal(1, maximumConcurrent);
    }

    [Fact]
    public async Task A_redelivered_QoS_2_message_is_handled_once()
    {
        var handled = 0;
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, (_, _) =>
        {
            Interlocked.Increment(ref handled);
            return ValueTask.CompletedTask;
        });
        var publish = new PublishPacket { Topic = "once", PacketId = 5, QualityOfService = MqttQualityOfService.ExactlyOnce, Payload = new byte[] { 1 } };

        await connection.SendAsync(publish);
        Assert.Equal(5, (await connection.ReceiveAsync<PubRecPacket>("PUBREC")).PacketId);
        publish.Duplicate = true;
        await connection.SendAsync(publish);
        Assert.Equal(5, (await connection.ReceiveAsync<PubRecPacket>("PUBREC for the redelivery")).PacketId);
        await connection.SendAsync(new PubRelPacket { PacketId = 5 });
        Assert.Equal(MqttReasonCode.Success, (await connection.ReceiveAsync<PubCompPacket>("PUBCOMP")).ReasonCode);
        Assert.Equal(1, handled);

        // Released: the identifier may now carry a new message.
        publish.Duplicate = false;
        await connection.SendAsync(publish);
        await connection.ReceiveAsync<PubRecPacket>("PUBREC for the new message");
        Assert.Equal(2, handled);
    }

    [Fact]
    public async Task A_PUBREL_for_an_unknown_identifier_is_answered_with_0x92()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, (_, _) => ValueTask.CompletedTask);

        await connection.SendAsync(new PubRelPacket { PacketId = 77 });

        var completion = await connection.ReceiveAsync<PubCompPacket>("PUBCOMP");
        Assert.Equal((77, MqttReasonCode.PacketIdentifierNotFound), (completion.PacketId, completion.ReasonCode));
    }

    [Fact]
    public async Task Topic_aliases_set_by_the_broker_resolve_to_their_topics()
    {
        var topics = new List<string>();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, (message, _) =>
        {
            topics.Add(message.Topic);
            return ValueTask.CompletedTask;
        });

        await connection.SendAsync(new PublishPacket { Topic = "stations/s1/devices/d1/heartbeat", TopicAlias = 1, Payload = new byte[] { 1 } });
        await connection.SendAsync(new PublishPacket { Topic = "", TopicAlias = 1, Payload = new byte[] { 2 } });
        await connection.SendAsync(new PublishPacket { Topic = "stations/s2/devices/d9/heartbeat", TopicAlias = 1, Payload = new byte[] { 3 } });
        await connection.SendAsync(new PublishPacket { Topic = "", TopicAlias = 1, PacketId = 1, QualityOfService = MqttQualityOfService.AtLeastOnce, Payload = new byte[] { 4 } });
        await connection.ReceiveAsync<PubAckPacket>("the PUBACK of the last message");

        Assert.Equal(["stations/s1/devices/d1/heartbeat", "stations/s1/devices/d1/heartbeat", "stations/s2/devices/d9/heartbeat", "stations/s2/devices/d9/heartbeat"], topics);
    }

    [Fact]
    public async Task A_handler_that_throws_is_logged_and_its_message_still_acknowledged()
    {
        var logs = new LogCapture();
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, (_, _) => throw new InvalidOperationException("handler bug"), logs);

        await connection.SendAsync(new PublishPacket { Topic = "t", PacketId = 3, QualityOfService = MqttQualityOfService.AtLeastOnce, Payload = new byte[] { 1 } });

        Assert.Equal(3, (await connection.ReceiveAsync<PubAckPacket>("the PUBACK")).PacketId);
        var error = Assert.Single(logs.AtLeast(LogLevel.Error));
        Assert.Equal("handler bug", error.Exception?.Message);
        Assert.Equal(MqttClientState.Connected, client.State);
    }

    [Fact]
    public async Task The_borrowed_message_copies_into_a_message_that_outlives_the_handler()
    {
        MqttApplicationMessage? kept = null;
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var connection = await ConnectAsync(broker, client, (message, _) =>
        {
            kept ??= message.ToApplicationMessage();
            return ValueTask.CompletedTask;
        });

        await connection.SendAsync(new PublishPacket { Topic = "a", PacketId = 1, QualityOfService = MqttQualityOfService.AtLeastOnce, Payload = "first"u8.ToArray(), ContentType = "text/plain", UserProperties = [new("k", "v")] });
        await connection.ReceiveAsync<PubAckPacket>("PUBACK 1");
        await connection.SendAsync(new PublishPacket { Topic = "b", PacketId = 2, QualityOfService = MqttQualityOfService.AtLeastOnce, Payload = "XXXXX"u8.ToArray() });
        await connection.ReceiveAsync<PubAckPacket>("PUBACK 2");

        Assert.Equal(("a", "first", "text/plain"), (kept!.Topic, System.Text.Encoding.UTF8.GetString(kept.Payload.Span), kept.ContentType));
        Assert.Equal([new("k", "v")], kept.UserProperties!);
    }

    private static async Task<ScriptedConnection> ConnectAsync(ScriptedBroker broker, MqttClient client, MqttMessageHandler handler, LogCapture? logs = null)
    {
        var options = broker.Options();
        options.MessageHandler = handler;
        options.LoggerFactory = logs is null ? null : LoggerFactory.Create(b => b.AddProvider(logs));
        var connecting = client.ConnectAsync(options);
        var (connection, _) = await broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");
        return connection;
    }
}
