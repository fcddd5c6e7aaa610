using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Registry.Areas;
using CommuneRadio.Grains.Registry.Import;
using CommuneRadio.Grains.Tests.Devices.StandIns;
using CommuneRadio.Persistence;
using CommuneRadio.Persistence.Migrations;
using CommuneRadio.Runtime;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Grains.Tests.Registry;

public sealed class RegistryServiceCollectionTests
{
    [Fact]
    public async Task The_host_starts_on_a_fresh_database_when_another_feature_registered_the_grains_migrations_too()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddPostgres(await PostgresServer.CreateDatabaseAsync("wiring"))
            .AddMigrations(PostgresServiceCollectionExtensions.RuntimeMigrations)
            .AddMigrations(GrainsMigrations.Source)
            .AddSingleton<IBrokerAccounts, InMemoryBrokerAccounts>()
            .AddSingleton<IGrainFactory, NoGrains>()
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

    private sealed class NoGrains : IGrainFactory
    {
        public TGrainInterface GetGrain<TGrainInterface>(string key)
            where TGrainInterface : IGrainWithStringKey => throw new NotSupportedException("no grains in this test");
    }
}
