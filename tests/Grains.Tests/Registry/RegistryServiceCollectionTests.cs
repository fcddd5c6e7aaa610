using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Registry.Areas;
using CommuneRadio.Grains.Registry.Import;
using CommuneRadio.Grains.Tests.Devices.StandIns;
using CommuneRadio.Persistence;
using CommuneRadio.Persistence.Migrations;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Silos;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Grains.Tests.Registry;

public sealed class RegistryServiceCollectionTests
{
    [Fact]
    public async Task The_host_starts_on_a_fresh_database_when_another_feature_registered_the_grains_migrations_too()
    {
        // The registry tells station grains about changes, so it needs a grain factory: a test silo's.
        await using var silo = await TestSilo.StartAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddPostgres(await PostgresServer.CreateDatabaseAsync("wiring"))
            .AddMigrations(GrainsMigrations.Source)
            .AddSingleton<IBrokerAccounts, InMemoryBrokerAccounts>()
            .AddSingleton(silo.Grains)
            .AddRegistry()
            .AddRegistry();
        await using var provider = services.BuildServiceProvider();

        var applied = await provider.GetRequiredService<MigrationRunner>().ApplyAsync();

        Assert.True(applied > 0);
        Assert.Single(services, d => ReferenceEquals(d.ImplementationInstance, GrainsMigrations.Source));
        Assert.Same(provider.GetRequiredService<PostgresAreaRegistry>(), provider.GetRequiredService<IAreaRegistry>());
        Assert.IsType<DeviceEnrollment>(provider.GetRequiredService<IDeviceEnrollment>());
        Assert.Empty(await provider.GetRequiredService<IStationRegistry>().ListAsync());
        Assert.NotNull(provider.GetRequiredService<ProvinceImporter>());
    }
}
