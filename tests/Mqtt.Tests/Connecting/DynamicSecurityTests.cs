using System.Text.Json;
using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Mqtt.Tests.Connecting;

/// <summary>The launcher's dynamic-security mode, driven over MQTT by this client the way the Silo will provision devices.</summary>
public sealed class DynamicSecurityTests
{
    private const string ControlTopic = "$CONTROL/dynamic-security/v1";

    [Fact]
    public async Task An_admin_provisions_a_device_that_then_connects_with_its_own_credentials_and_rights()
    {
        await using var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { DynamicSecurity = true });
        var responses = new MessageCollector();
        await using var admin = new MqttClient();
        await admin.ConnectAsync(Options(broker, "admin", broker.Options.DynamicSecurityAdminUser, broker.Options.DynamicSecurityAdminPassword, responses.HandleAsync));
        await admin.SubscribeAsync(ControlTopic + "/response", MqttQualityOfService.AtLeastOnce);

        var commands = new
        {
            commands = new object[]
            {
                new { command = "createRole", rolename = "device-s1-d1", acls = new object[] { new { acltype = "publishClientSend", topic = "stations/s1/devices/d1/#", allow = true } } },
                new { command = "createClient", username = "s1-d1", password = "mật-khẩu-thiết-bị", roles = new[] { new { rolename = "device-s1-d1" } } },
            },
        };
        await admin.PublishAsync(ControlTopic, JsonSerializer.SerializeToUtf8Bytes(commands), MqttQualityOfService.AtLeastOnce);
        await responses.WaitForAsync(1).WithTimeout("the dynamic-security response");
        Assert.DoesNotContain("\"error\"", responses.Messages[0].Payload.ToArray().Utf8());

        await using var device = new MqttClient();
        Assert.Equal(MqttReasonCode.Success, (await device.ConnectAsync(Options(broker, "device", "s1-d1", "mật-khẩu-thiết-bị", null))).ReasonCode);
        Assert.True((await device.PublishStringAsync("stations/s1/devices/d1/heartbeat", "{}", MqttQualityOfService.AtLeastOnce)).IsSuccess);
        Assert.Equal(MqttReasonCode.NotAuthorized, (await device.PublishStringAsync("stations/s2/devices/d9/heartbeat", "{}", MqttQualityOfService.AtLeastOnce)).ReasonCode);

        await using var impostor = new MqttClient();
        var refusal = await Assert.ThrowsAsync<MqttConnectException>(() => impostor.ConnectAsync(Options(broker, "impostor", "s1-d1", "wrong", null)));
        Assert.Equal(MqttReasonCode.NotAuthorized, refusal.ReasonCode);
    }

    private static MqttClientOptions Options(MosquittoBroker broker, string purpose, string user, string password, MqttMessageHandler? handler) => new()
    {
        Host = broker.Host,
        Port = broker.Port,
        ClientId = Unique.ClientId(purpose),
        UserName = user,
        Password = password,
        Reconnect = null,
        MessageHandler = handler,
    };
}
