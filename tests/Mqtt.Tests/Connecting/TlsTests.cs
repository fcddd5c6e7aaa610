using System.Security.Authentication;
using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Mqtt.Tests.Connecting;

public sealed class TlsTests
{
    [Fact]
    public async Task A_client_pinning_the_brokers_certificate_talks_over_TLS()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { Tls = true });
        var topic = Unique.Topic("tls");
        var received = new MessageCollector();
        await using var client = new MqttClient();
        var options = Options(broker, received.HandleAsync);
        options.Tls = new MqttClientTlsOptions
        {
            TargetHost = "localhost",
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == broker.TlsCertificate!.GetCertHashString(),
        };

        await client.ConnectAsync(options);
        await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce);
        await client.PublishStringAsync(topic, "bảo mật", MqttQualityOfService.AtLeastOnce);

        await received.WaitForAsync(1).WithTimeout("the message over TLS");
        Assert.Equal("bảo mật", received.Messages[0].Payload.ToArray().Utf8());
    }

    [Fact]
    public async Task An_untrusted_certificate_is_refused_by_default()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { Tls = true });
        await using var client = new MqttClient();
        var options = Options(broker, handler: null);
        options.Tls = new MqttClientTlsOptions { TargetHost = "localhost" };

        await Assert.ThrowsAsync<AuthenticationException>(() => client.ConnectAsync(options));
        Assert.Equal(MqttClientState.Disconnected, client.State);
    }

    private static MqttClientOptions Options(MosquittoBroker broker, MqttMessageHandler? handler) => new()
    {
        Host = broker.Host,
        Port = broker.TlsPort,
        ClientId = Unique.ClientId("tls"),
        Reconnect = null,
        MessageHandler = handler,
    };
}
