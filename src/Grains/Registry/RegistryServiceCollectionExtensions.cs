using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry.Areas;
using CommuneRadio.Grains.Registry.Import;
using CommuneRadio.Grains.Registry.Stations;
using CommuneRadio.Persistence;
using CommuneRadio.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommuneRadio.Grains.Registry;

public static class RegistryServiceCollectionExtensions
{
    /// <summary>
    /// The registry in PostgreSQL (<see cref="IAreaRegistry"/>, <see cref="IStationRegistry"/>, also
    /// as their concrete types for the area history), <see cref="IDeviceEnrollment"/>, the
    /// <see cref="ProvinceImporter"/>, and the domain migrations (<see cref="GrainsMigrations.Source"/>)
    /// unless already registered. Expects from elsewhere: the <c>NpgsqlDataSource</c>
    /// (<c>AddPostgres</c>), <see cref="IBrokerAccounts"/> (the gateway) and the runtime's
    /// <c>IGrainFactory</c>.
    /// </summary>
    public static IServiceCollection AddRegistry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Several features need the Grains migrations (AddStations too); register the source once.
        // (The runner also takes each source once by name, so the order of feature registrations does not matter.)
        if (!services.Any(d => d.ServiceType == typeof(MigrationSource) && ReferenceEquals(d.ImplementationInstance, GrainsMigrations.Source)))
        {
            services.AddMigrations(GrainsMigrations.Source);
        }

        services.TryAddSingleton<PostgresAreaRegistry>();
        services.TryAddSingleton<IAreaRegistry>(sp => sp.GetRequiredService<PostgresAreaRegistry>());
        services.TryAddSingleton<PostgresStationRegistry>();
        services.TryAddSingleton<IStationRegistry>(sp => sp.GetRequiredService<PostgresStationRegistry>());
        services.TryAddSingleton<IStationNotifier, GrainStationNotifier>();
        services.TryAddSingleton<IDeviceEnrollment, DeviceEnrollment>();
        services.TryAddSingleton<ProvinceImporter>();
        return services;
    }
}
