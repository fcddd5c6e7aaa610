using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.MqttLink.Tests.Support;

internal static class TestLinks
{
    /// <summary>Reconnects fast, so tests of reconnecting do not wait seconds for the backoff.</summary>
    public static readonly ReconnectPolicy Fast = new() { InitialDelay = TimeSpan.FromMilliseconds(50), MaximumDelay = TimeSpan.FromMilliseconds(500) };

    public static string Unique(string what) => $"{what}-{Guid.NewGuid():N}"[..(what.Length + 13)];

    public static BrokerLinkOptions Options(MosquittoBroker broker, string clientId, Inbox? inbox = null, ILoggerFactory? logs = null) => new()
    {
        Host = broker.Host,
        Port = broker.Port,
        ClientId = clientId,
        Reconnect = Fast,
        MessageHandler = inbox is null ? null : inbox.HandleAsync,
        LoggerFactory = logs,
    };
}
