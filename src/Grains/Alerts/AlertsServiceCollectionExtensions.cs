using CommuneRadio.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Grains.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Alert grains' services: options from <see cref="AlertOptions.SectionName"/>, the delivery
    /// ledger with its group-commit writer (a hosted service: register before the grain runtime so
    /// it stops after the grains), the alert list, and the domain migrations.
    /// </summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName));
        services.AddMigrations(GrainsMigrations.Source);
        services.AddSingleton<AlertDeliveryWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertDeliveryWriter>());
        services.AddSingleton<IAlertDeliveries, AlertDeliveryLedger>();
        services.AddSingleton<IAlertDirectory, PostgresAlertDirectory>();
        services.AddSingleton<ILiveAlerts, LiveAlerts>();
        return services;
    }
}
