using CommuneRadio.Silo.Api.Alerts;
using CommuneRadio.Silo.Api.Areas;
using CommuneRadio.Silo.Api.Content;
using CommuneRadio.Silo.Api.Devices;
using CommuneRadio.Silo.Api.Gateway;
using CommuneRadio.Silo.Api.Stations;
using CommuneRadio.Silo.Auth;
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
        builder.Services.AddScoped<AlertSubmission>();
        builder.AddContentApi();
        return builder;
    }

    public static WebApplication MapSiloApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSiloAuth();
        app.MapGroup("").AllowAnonymous().MapHealthApi();
        app.MapAuthApi();

        // Every other endpoint needs a signed-in operator with a role (Viewer is also the fallback
        // policy, so an endpoint mapped outside these groups is not open either).
        var api = app.MapGroup("").RequireAuthorization(OperatorPolicies.Viewer);
        var registry = api.MapGroup("").RequireAuthorizationForWrites(OperatorPolicies.ProvinceAdmin);
        registry.MapAreasApi();
        registry.MapImportApi();

        // Station and device changes: CommuneOperator or above, in a scope covering the station's area.
        var stations = api.MapGroup("").RequireAuthorizationForWrites(OperatorPolicies.CommuneOperator).AddEndpointFilter<StationScopeFilter>();
        stations.MapStationsApi();
        stations.MapStationEventsApi();
        stations.MapStationSettingsApi();
        stations.MapStationHistoryApi();
        stations.MapDevicesApi();
        api.MapGatewayApi();
        api.MapOperatorsApi();
        api.MapAuditApi();
        api.MapAlertsApi();
        app.MapContentApi();
        return app;
    }
}
