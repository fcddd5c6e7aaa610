using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Mqtt.Tests.Brokers;

/// <summary>The launcher other test projects rely on: start, stop, kill, restart on the same port, users, logs.</summary>
public sealed class MosquittoBrokerTests
{
    [Fact]
    public async Task A_broker_stops_kills_and_starts_again_on_the_same_port()
    {
        await using var broker = await MosquittoBroker.StartAsync();
        var port = broker.Port;
        Assert.True(await LoopbackPort.IsListeningAsync(port));

        await broker.StopAsync();
        Assert.False(broker.IsRunning);
        Assert.False(await LoopbackPort.IsListeningAsync(port));
        await broker.StartAgainAsync();
        Assert.Equal(port, broker.Port);
        Assert.True(await LoopbackPort.IsListeningAsync(port));
        await broker.KillAsync();
        await broker.StartAgainAsync();

        Assert.True(broker.IsRunning);
        Assert.Contains("running", broker.ReadLog());
    }

    [Fact]
    public async Task Users_added_at_run_time_can_connect_and_the_folder_goes_away_on_dispose()
    {
        string folder;
        await using (var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { AllowAnonymous = false, Users = new Dictionary<string, string> { ["first"] = "pw1" } }))
        {
            folder = broker.Directory;
            await broker.AddUserAsync("second", "pw2");
            await using var client = new MqttClient();
            var options = new MqttClientOptions { Host = broker.Host, Port = broker.Port, ClientId = "second", UserName = "second", Password = "pw2", Reconnect = null };

            await TaskTimeouts.Eventually(
                async () =>
                {
                    try
                    {
                        await client.ConnectAsync(options);
                        return true;
                    }
                    catch (MqttConnectException)
                    {
                        return false;
                    }
                },
                "the broker reloading its password file after SIGHUP");
        }

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task Brokers_started_together_get_different_ports()
    {
        var brokers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => MosquittoBroker.StartAsync()));
        try
        {
            Assert.Equal(3, brokers.Select(b => b.Port).Distinct().Count());
        }
        finally
        {
            foreach (var broker in brokers)
            {
                await broker.DisposeAsync();
            }
        }
    }
}
