using CommuneRadio.Gateway.Metrics;

namespace CommuneRadio.Silo.Api.Gateway;

/// <summary><c>GET /api/gateway</c>: the gateway's counters — messages in, malformed, rejected, commands out, ingest latency.</summary>
public static class GatewayApi
{
    public static IEndpointRouteBuilder MapGatewayApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/gateway", (GatewayMetrics metrics) => TypedResults.Ok(metrics.Snapshot())).WithTags("Gateway");
        return endpoints;
    }
}
