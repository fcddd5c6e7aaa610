using CommuneRadio.MqttLink;
using MQTTnet;
using MQTTnet.Protocol;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// The baseline: MQTTnet links (BrokerLink) in a shared subscription on every heartbeat topic, with as many
/// connections as the gateway, doing nothing but counting what arrives.
/// </summary>
internal sealed class RawSubscriber : IAsyncDisposable
{
    public const string User = "bench-raw";
    public const string Filter = "$share/bench-raw/stations/+/devices/+/heartbeat";

    private readonly List<BrokerLink> _clients = [];
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public static async Task<RawSubscriber> ConnectAsync(MosquittoBroker broker, string password, int connections, CancellationToken cancellationToken)
    {
        var raw = new RawSubscriber();
        for (var i = 0; i < connections; i++)
        {
            var client = new BrokerLink(new BrokerLinkOptions
            {
                Host = broker.Host,
                Port = broker.Port,
                ClientId = $"bench-raw-{i}",
                UserName = User,
                Password = password,
                Reconnect = null,
                MessageHandler = raw.HandleAsync,
            });
            raw._clients.Add(client);
            await client.ConnectAsync(cancellationToken);
            var granted = await client.SubscribeAsync(Filter, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
            if (!granted.AllGranted())
            {
                throw new InvalidOperationException($"the broker refused {Filter} to {User}: {granted.Items.First().ResultCode}");
            }
        }

        return raw;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }

    private ValueTask HandleAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.CompletedTask;
    }
}
