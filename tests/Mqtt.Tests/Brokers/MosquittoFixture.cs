using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Mqtt.Tests.Brokers;

/// <summary>
/// One private mosquitto for the tests of <see cref="MosquittoCollection"/>: password users only, no
/// anonymous access. Tests use fresh client ids and topics, so they never depend on each other.
/// </summary>
public sealed class MosquittoFixture : IAsyncLifetime
{
    public const string User = "tester";
    public const string Password = "s3cret-pw";
    public const string OtherUser = "device-17";
    public const string OtherPassword = "đài-xã-17";

    public MosquittoBroker Broker { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions
        {
            AllowAnonymous = false,
            Users = new Dictionary<string, string> { [User] = Password, [OtherUser] = OtherPassword },
        });

    public async Task DisposeAsync() => await Broker.DisposeAsync();

    /// <summary>Options for a client of this broker with the test user and a unique client id.</summary>
    public MqttClientOptions Options(string purpose, LogCapture? logs = null, MqttMessageHandler? handler = null) => new()
    {
        Host = Broker.Host,
        Port = Broker.Port,
        ClientId = Unique.ClientId(purpose),
        UserName = User,
        Password = Password,
        KeepAlive = TimeSpan.FromSeconds(30),
        MessageHandler = handler,
        LoggerFactory = logs is null ? null : LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug)),
        Reconnect = null,
    };

    public MosquittoToolOptions ToolOptions(int qos = 0) => new() { User = User, Password = Password, QualityOfService = qos };
}
