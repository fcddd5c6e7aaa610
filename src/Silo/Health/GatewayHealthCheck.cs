using CommuneRadio.Gateway.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommuneRadio.Silo.Health;

/// <summary>Healthy when the gateway holds its broker connections; unhealthy while it is (re)connecting.</summary>
public sealed class GatewayHealthCheck(GatewayMetrics metrics) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(metrics.Connected
            ? HealthCheckResult.Healthy("connected to the MQTT broker")
            : HealthCheckResult.Unhealthy("not connected to the MQTT broker"));
}
