using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Publishing;

[Collection(MosquittoCollection.Name)]
public sealed class MessageExpiryTests(MosquittoFixture mosquitto)
{
    [Fact]
    public async Task A_queued_message_whose_expiry_passed_is_not_delivered_and_the_others_carry_their_remaining_lifetime()
    {
        var topic = Unique.Topic("alerts");
        var options = mosquitto.Options("device");
        (options.CleanStart, options.SessionExpiry) = (false, TimeSpan.FromMinutes(5));
        await using (var device = new MqttClient())
        {
            await device.ConnectAsync(options);
            await device.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        }

        await using var operatorClient = new MqttClient();
        await operatorClient.ConnectAsync(mosquitto.Options("operator"));
        await operatorClient.PublishAsync(new MqttApplicationMessage(topic, "storm: expires in 1 s"u8.ToArray(), MqttQualityOfService.AtLeastOnce) { MessageExpiryInterval = TimeSpan.FromSeconds(1) });
        await operatorClient.PublishAsync(new MqttApplicationMessage(topic, "flood: expires in 1 h"u8.ToArray(), MqttQualityOfService.AtLeastOnce) { MessageExpiryInterval = TimeSpan.FromHours(1) });
        var publishedAt = DateTime.UtcNow;

        // Expiry runs on the broker's own clock (whole seconds), which no test can advance and which
        // raises no signal: this is the one place the suite lets real time pass, 1 s plus a second of rounding.
        await Task.Delay(publishedAt.AddSeconds(2.1) - DateTime.UtcNow);

        var received = new MessageCollector();
        options.MessageHandler = received.HandleAsync;
        await using var resumed = new MqttClient();
        await resumed.ConnectAsync(options);
        await operatorClient.PublishStringAsync(topic, "marker", MqttQualityOfService.AtLeastOnce);

        await received.WaitForAsync(2).WithTimeout("the unexpired message and the marker");
        Assert.Equal(["flood: expires in 1 h", "marker"], received.Messages.Select(m => m.Payload.ToArray().Utf8()));
        Assert.InRange(received.Messages[0].MessageExpiryInterval!.Value, TimeSpan.FromSeconds(3500), TimeSpan.FromSeconds(3598));
    }
}
