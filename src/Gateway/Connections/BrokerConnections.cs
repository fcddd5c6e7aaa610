using CommuneRadio.MqttLink;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Connections;

/// <summary>
/// How the gateway's MQTT links connect: one admin, one publisher, several ingest members of the
/// shared group. Keep-alive and reconnect backoff run on the real clock whatever the Silo's
/// <see cref="TimeProvider"/> is: they measure the network, and a test clock moved by minutes
/// would otherwise declare live links dead and leave the reconnects waiting for it.
/// </summary>
public sealed class BrokerConnections(IOptions<GatewayOptions> options, Metrics.GatewayMetrics metrics, ILoggerFactory loggerFactory)
{
    private readonly GatewayOptions _options = options.Value;

    public BrokerLinkOptions Admin(BrokerLinkMessageHandler handler) => Base("admin", _options.AdminUsername, _options.AdminPassword, handler);

    public BrokerLinkOptions Publisher() => Base("commands", _options.Username, _options.Password, handler: null);

    /// <summary>
    /// An ingest member: a persistent session (kept 5 minutes), so device messages that arrive while
    /// the Silo restarts wait in the broker instead of being lost.
    /// </summary>
    public BrokerLinkOptions Ingest(int index, BrokerLinkMessageHandler handler)
    {
        var options = Base($"ingest-{index}", _options.Username, _options.Password, handler);
        options.CleanStart = false;
        options.SessionExpiry = TimeSpan.FromMinutes(5);
        return options;
    }

    private BrokerLinkOptions Base(string role, string username, string password, BrokerLinkMessageHandler? handler) => new()
    {
        Host = _options.Host,
        Port = _options.Port,
        ClientId = $"{_options.ClientIdPrefix}-{role}-{Environment.MachineName}".ToLowerInvariant(),
        UserName = username,
        Password = password,
        KeepAlive = TimeSpan.FromSeconds(30),
        MessageHandler = handler,
        // Counted with the malformed device messages, under their own reason.
        MessageRejected = _ => metrics.Malformed("protocol"),
        LoggerFactory = loggerFactory,
        TimeProvider = TimeProvider.System,
        Reconnect = ReconnectPolicy.Default,
    };
}
