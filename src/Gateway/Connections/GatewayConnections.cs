using Microsoft.Extensions.Options;
using CommuneRadio.Mqtt;

namespace CommuneRadio.Gateway.Connections;

/// <summary>
/// The gateway's MQTT clients. They exist from the start; <see cref="Hosting.GatewayService"/>
/// connects them, and their reconnect policy keeps them connected. A publish while the publisher
/// is down fails at once (callers retry), it is never queued without bound.
/// </summary>
public sealed class GatewayConnections : IAsyncDisposable
{
    public GatewayConnections(IOptions<GatewayOptions> options)
    {
        Ingest = Enumerable.Range(0, options.Value.IngestConnections).Select(_ => (IMqttClient)new MqttClient()).ToList();
    }

    public IMqttClient Admin { get; } = new MqttClient();

    public IMqttClient Publisher { get; } = new MqttClient();

    public IReadOnlyList<IMqttClient> Ingest { get; }

    public bool AllConnected => Admin.IsConnected && Publisher.IsConnected && Ingest.All(c => c.IsConnected);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Ingest.Append(Publisher).Append(Admin))
        {
            await client.DisposeAsync();
        }
    }
}
