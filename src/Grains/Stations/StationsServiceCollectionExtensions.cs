using CommuneRadio.Grains.Events;
using CommuneRadio.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Grains.Stations;

public static class StationsServiceCollectionExtensions
{
    /// <summary>
    /// Station grains' services: options from <see cref="StationOptions.SectionName"/>, the status
    /// history in PostgreSQL (with its group-commit writer as a hosted service), the in-process
    /// event hub for the console, and the domain migrations.
    /// </summary>
    public static IServiceCollection AddStations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StationOptions>().Bind(configuration.GetSection(StationOptions.SectionName));
        services.AddMigrations(GrainsMigrations.Source);
        services.AddSingleton<StatusHistoryWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<StatusHistoryWriter>());
        services.AddSingleton<IStatusHistory, PostgresStatusHistory>();
        services.AddSingleton<IStationEvents, StationEventHub>();
        return services;
    }
}
