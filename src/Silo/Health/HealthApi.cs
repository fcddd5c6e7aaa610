using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommuneRadio.Silo.Health;

public static class HealthApi
{
    public static IServiceCollection AddSiloHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<GatewayHealthCheck>("broker");
        return services;
    }

    /// <summary><c>GET /health</c>: 200 with each check when healthy, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var activations = await context.RequestServices.GetRequiredService<IGrainFactory>()
            .GetGrain<IManagementGrain>(0).GetTotalActivationCount();
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            activations,
            // Managed heap after the last garbage collection: bench/run heartbeat reads it for memory per device.
            gcHeapBytes = GC.GetGCMemoryInfo().HeapSizeBytes,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
