using CommuneRadio.Mqtt;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Connections;

/// <summary>
/// Builds the gateway's MQTT connections: one admin, one publisher, several ingest members of the
/// shared group. Keep-alive and reconnect backoff run on the real clock whatever the Silo's
/// <see cref="TimeProvider"/> is: they measure the network, and a test clock moved by minutes
/// would otherwise declare live links dead and leave the reconnects waiting for it.
/// </summary>
public sealed class BrokerConnections(IOptions<GatewayOptions> options, ILoggerFactory loggerFactory)
{
    private readonly GatewayOptions _options = options.Value;

    public MqttClientOptions Admin(MqttMessageHandler handler) => Base("admin", _options.AdminUsername, _options.AdminPassword, handler);

    public MqttClientOptions Publisher() => Base("commands", _options.Username, _options.Password, handler: null);

    /// <summary>
    /// An ingest member: a persistent session (kept 5 minutes), so device messages that arrive while
    /// the Silo restarts wait in the broker instead of being lost.
    /// </summary>
    public MqttClientOptions Ingest(int index, MqttMessageHandler handler)
    {
        var options = Base($"ingest-{index}", _options.Username, _options.Password, handler);
        options.CleanStart = false;
        options.SessionExpiry = TimeSpan.FromMinutes(5);
        options.TopicCacheCapacity = 64 * 1024;
        return options;
    }

    private MqttClientOptions Base(string role, string username, string password, MqttMessageHandler? handler) => new()
    {
        Host = _options.Host,
        Port = _options.Port,
        ClientId = $"{_options.ClientIdPrefix}-{role}-{Environment.MachineName}".ToLowerInvariant(),
        UserName = username,
        Password = password,
        KeepAlive = TimeSpan.FromSeconds(30),
        MessageHandler = handler,
        LoggerFactory = loggerFactory,
        TimeProvider = TimeProvider.System,
        Reconnect = MqttReconnectPolicy.Default,
    };
}
