using CommuneRadio.Persistence.OrleansAdoNet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>What the extensions configure on a silo (read from a built, not started, host: no database needed).</summary>
public sealed class SiloOptionsTests
{
    private const string ConnectionString = "Host=127.0.0.1;Port=5432;Username=silo;Password=secret;Database=communeradio";

    [Fact]
    public void Every_provider_uses_npgsql_with_a_bounded_pool_and_membership_fails_over_fast()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo
            .UsePostgresClustering(ConnectionString)
            .AddPostgresGrainStorageAsDefault(ConnectionString)
            .UsePostgresReminders(ConnectionString));
        using var host = builder.Build();

        var membership = host.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(1), membership.ProbeTimeout);
        Assert.Equal(2, membership.NumMissedProbesLimit);

        var clustering = host.Services.GetRequiredService<IOptions<AdoNetClusteringSiloOptions>>().Value;
        var storage = host.Services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);
        var reminders = host.Services.GetRequiredService<IOptions<AdoNetReminderTableOptions>>().Value;
        Assert.All([clustering.Invariant, storage.Invariant, reminders.Invariant], invariant => Assert.Equal("Npgsql", invariant));
        Assert.All(
            [clustering.ConnectionString, storage.ConnectionString, reminders.ConnectionString],
            connectionString => Assert.Equal(20, new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize));
        Assert.IsType<JsonGrainStateSerializer>(storage.GrainStorageSerializer);
    }

    [Fact]
    public void A_pool_size_named_in_the_connection_string_is_kept()
    {
        var connectionString = PostgresOrleansConnection.WithPoolLimit(ConnectionString + ";Maximum Pool Size=5");

        Assert.Equal(5, new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize);
    }
}
