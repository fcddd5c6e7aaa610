using CommuneRadio.Silo.Api.Areas;
using CommuneRadio.Silo.Api.Devices;
using CommuneRadio.Silo.Api.Gateway;
using CommuneRadio.Silo.Api.Stations;
using CommuneRadio.Silo.Health;

namespace CommuneRadio.Silo.Api;

public static class SiloApiExtensions
{
    public static WebApplicationBuilder AddSiloApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptions>();
        builder.Services.AddApiJson();
        builder.Services.AddSiloHealthChecks();
        return builder;
    }

    public static WebApplication MapSiloApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthApi();
        app.MapAreasApi();
        app.MapImportApi();
        app.MapStationsApi();
        app.MapStationEventsApi();
        app.MapStationSettingsApi();
        app.MapStationHistoryApi();
        app.MapDevicesApi();
        app.MapGatewayApi();
        return app;
    }
}
