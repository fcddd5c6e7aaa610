using CommuneRadio.Mqtt.Packets;
using CommuneRadio.Mqtt.Tests.Fakes;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Connecting;

/// <summary>AbortAsync against a scripted broker: from the message handler, and racing every other way a connection ends.</summary>
public sealed class AbortRaceTests
{
    private const int Rounds = 40;

    [Fact]
    public async Task AbortAsync_from_inside_the_message_handler_returns_and_ends_the_connection()
    {
        await using var broker = new ScriptedBroker();
        await using var client = new MqttClient();
        var aborted = new TaskCompletionSource<MqttClientState>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = broker.Options("abort-in-handler");
        options.MessageHandler = async (_, cancellationToken) =>
        {
            await client.AbortAsync(cancellationToken);
            aborted.TrySetResult(client.State);
        };
        var connecting = client.ConnectAsync(options);
        var (connection, _) = await broker.AcceptClientAsync();
        await connecting.WithTimeout("ConnectAsync");

        await connection.SendAsync(new PublishPacket { Topic = "stations/s1/cmd", PacketId = 1, QualityOfService = MqttQualityOfService.AtLeastOnce, Payload = new byte[] { 1 } });

        Assert.Equal(MqttClientState.Disconnected, await aborted.Task.WithTimeout("AbortAsync returning inside the handler"));
        var sent = await connection.ReceiveUntilClosedAsync("the client closing the socket");
        Assert.DoesNotContain(sent, p => p is DisconnectPacket or PubAckPacket);
    }

    [Fact]
    public async Task AbortAsync_racing_DisconnectAsync_DisposeAsync_and_a_dropped_socket_always_ends_Disconnected_without_throwing()
    {
        for (var round = 0; round < Rounds; round++)
        {
            // A broker per round: a reconnect attempt of one round must not be accepted by the next.
            await using var broker = new ScriptedBroker();
            var client = new MqttClient();
            var options = broker.Options($"race-{round}");
            options.Reconnect = new MqttReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(1), MaximumDelay = TimeSpan.FromMilliseconds(1) };
            var connecting = client.ConnectAsync(options);
            var (connection, _) = await broker.AcceptClientAsync();
            await connecting.WithTimeout($"ConnectAsync in round {round}");
            var publishing = client.PublishAsync("t", new byte[] { 1 }, MqttQualityOfService.AtLeastOnce);

            var racers = new[]
            {
                Task.Run(() => client.AbortAsync()),
                Task.Run(() => client.DisconnectAsync()),
                Task.Run(connection.Drop),
                round % 2 == 0 ? Task.Run(async () => await client.DisposeAsync()) : Task.CompletedTask,
            };
            await Task.WhenAll(racers.Select(IgnoreDisposed)).WithTimeout($"the racing calls of round {round}");

            Assert.Equal(MqttClientState.Disconnected, client.State);
            var failure = await Record.ExceptionAsync(() => publishing.WithTimeout($"the pending publish of round {round} ending"));
            Assert.True(failure is MqttClientNotConnectedException or MqttCommunicationException, $"round {round}: {failure}");
            await client.DisposeAsync();
        }
    }

    /// <summary>A call that starts after DisposeAsync refuses with ObjectDisposedException, as documented; anything else is a failure.</summary>
    private static async Task IgnoreDisposed(Task task)
    {
        try
        {
            await task;
        }
        catch (ObjectDisposedException e) when (e.ObjectName == typeof(MqttClient).FullName)
        {
        }
    }
}
