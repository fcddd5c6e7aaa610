using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Silo.Hosting;

public static class SiloDomainExtensions
{
    /// <summary>
    /// The domain's services: the registry (areas, stations, devices), station grains' history and
    /// events, and a warm-up that activates every registered station at start.
    /// </summary>
    public static WebApplicationBuilder AddSiloDomain(this WebApplicationBuilder builder)
    {
        builder.Services.AddStations(builder.Configuration);
        builder.Services.AddRegistry();
        builder.Services.AddAlerts(builder.Configuration);
        return builder;
    }
}
