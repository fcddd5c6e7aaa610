using CommuneRadio.Mqtt.Tests.Brokers;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Mqtt.Tests.Connecting;

[Collection(MosquittoCollection.Name)]
public sealed class AuthenticationTests(MosquittoFixture mosquitto)
{
    [Theory]
    [InlineData(MqttProtocolVersion.V500)]
    [InlineData(MqttProtocolVersion.V311)]
    public async Task Valid_credentials_connect(MqttProtocolVersion version)
    {
        var logs = new LogCapture();
        await using var client = new MqttClient();
        var options = mosquitto.Options("auth-ok", logs);
        options.ProtocolVersion = version;
        options.UserName = MosquittoFixture.OtherUser;
        options.Password = MosquittoFixture.OtherPassword;

        var result = await client.ConnectAsync(options);

        Assert.Equal((MqttReasonCode.Success, MqttClientState.Connected), (result.ReasonCode, client.State));
        await client.DisconnectAsync();
        Assert.Equal(MqttClientState.Disconnected, client.State);
        logs.ThrowIfErrors();
    }

    [Theory]
    [InlineData(MqttProtocolVersion.V500, MqttReasonCode.NotAuthorized)]
    [InlineData(MqttProtocolVersion.V311, MqttReasonCode.NotAuthorized)]
    public async Task A_wrong_password_is_refused_and_the_CONNACK_reason_reaches_the_caller(MqttProtocolVersion version, MqttReasonCode expected)
    {
        await using var client = new MqttClient();
        var options = mosquitto.Options("auth-bad");
        options.ProtocolVersion = version;
        options.Password = "not-the-password";

        var refusal = await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync(options));

        Assert.Equal(expected, refusal.ReasonCode);
        Assert.Equal(MqttClientState.Disconnected, client.State);
    }

    [Fact]
    public async Task A_client_without_credentials_is_refused_when_anonymous_access_is_off()
    {
        await using var client = new MqttClient();
        var options = mosquitto.Options("anonymous");
        (options.UserName, options.Password) = (null, null);

        var refusal = await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync(options));

        Assert.Equal(MqttReasonCode.NotAuthorized, refusal.ReasonCode);
    }

    [Fact]
    public async Task A_refused_client_can_connect_again_with_the_right_password()
    {
        await using var client = new MqttClient();
        var options = mosquitto.Options("retry");
        options.Password = "wrong";
        await Assert.ThrowsAsync<MqttConnectException>(() => client.ConnectAsync(options));

        options.Password = MosquittoFixture.Password;
        Assert.Equal(MqttReasonCode.Success, (await client.ConnectAsync(options)).ReasonCode);
    }
}
