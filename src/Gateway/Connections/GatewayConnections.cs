using CommuneRadio.Gateway.Accounts;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.MqttLink;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Connections;

/// <summary>
/// The gateway's MQTT links. They exist from the start; <see cref="Hosting.GatewayService"/>
/// connects them, and each keeps itself connected (restoring its subscriptions). A publish while
/// the publisher is down fails at once (callers retry); it is never queued without bound.
/// </summary>
public sealed class GatewayConnections : IAsyncDisposable
{
    public GatewayConnections(IOptions<GatewayOptions> options, BrokerConnections links, DynamicSecurityResponses responses, IngestRouter router)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(router);
        Admin = new BrokerLink(links.Admin(responses.HandleAsync));
        Publisher = new BrokerLink(links.Publisher());
        Ingest = [.. Enumerable.Range(0, options.Value.IngestConnections).Select(i => new BrokerLink(links.Ingest(i, router.HandleAsync)))];
    }

    public BrokerLink Admin { get; }

    public BrokerLink Publisher { get; }

    public IReadOnlyList<BrokerLink> Ingest { get; }

    public bool AllConnected => Admin.IsConnected && Publisher.IsConnected && Ingest.All(c => c.IsConnected);

    public async ValueTask DisposeAsync()
    {
        foreach (var link in Ingest.Append(Publisher).Append(Admin))
        {
            await link.DisposeAsync();
        }
    }
}
