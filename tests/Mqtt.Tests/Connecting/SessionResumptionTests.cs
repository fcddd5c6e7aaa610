using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Connecting;

[Collection(MosquittoCollection.Name)]
public sealed class SessionResumptionTests(MosquittoFixture mosquitto)
{
    [Theory]
    [InlineData(MqttProtocolVersion.V500)]
    [InlineData(MqttProtocolVersion.V311)]
    public async Task Messages_queued_while_the_client_was_away_arrive_when_it_resumes_its_session(MqttProtocolVersion version)
    {
        var topic = Unique.Topic("queued");
        var options = mosquitto.Options("device");
        (options.ProtocolVersion, options.CleanStart, options.SessionExpiry) = (version, false, TimeSpan.FromMinutes(5));
        await using (var device = new MqttClient())
        {
            Assert.False((await device.ConnectAsync(options)).SessionPresent);
            await device.SubscribeAsync(topic, MqttQualityOfService.ExactlyOnce);
        }

        await using var operatorClient = new MqttClient();
        await operatorClient.ConnectAsync(mosquitto.Options("operator"));
        foreach (var (text, qos) in new[] { ("one", MqttQualityOfService.AtLeastOnce), ("two", MqttQualityOfService.ExactlyOnce), ("three", MqttQualityOfService.AtLeastOnce) })
        {
            await operatorClient.PublishStringAsync(topic, text, qos);
        }

        var received = new MessageCollector();
        options.MessageHandler = received.HandleAsync;
        await using var resumed = new MqttClient();
        Assert.True((await resumed.ConnectAsync(options)).SessionPresent);

        await received.WaitForAsync(3).WithTimeout("the three messages queued during the absence");
        Assert.Equal(["one", "two", "three"], received.Messages.Select(m => m.Payload.ToArray().Utf8()));
    }

    [Fact]
    public async Task A_clean_start_discards_the_previous_session()
    {
        var options = mosquitto.Options("device");
        (options.CleanStart, options.SessionExpiry) = (false, TimeSpan.FromMinutes(5));
        await using (var device = new MqttClient())
        {
            await device.ConnectAsync(options);
        }

        options.CleanStart = true;
        await using var fresh = new MqttClient();

        Assert.False((await fresh.ConnectAsync(options)).SessionPresent);
    }
}
