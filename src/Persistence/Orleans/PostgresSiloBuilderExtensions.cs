using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Storage;

namespace CommuneRadio.Persistence.OrleansAdoNet;

/// <summary>
/// Membership, grain state and reminders of a silo in PostgreSQL, through Orleans' ADO.NET
/// providers and the schema of <see cref="OrleansMigrations"/>. Each method also registers the
/// migration runner (<see cref="PostgresServiceCollectionExtensions.AddPostgres"/>) with the
/// "orleans" migrations: the host applies them while starting, before the silo starts, so the
/// query table exists when the providers read it. Call them on the silo builder, e.g.
/// <code>
/// builder.UseOrleans(silo => silo
///     .UsePostgresClustering(connectionString)
///     .AddPostgresGrainStorageAsDefault(connectionString)
///     .UsePostgresReminders(connectionString));
/// </code>
/// Every process using them (the client too) references Npgsql, which this library brings.
/// </summary>
public static class PostgresSiloBuilderExtensions
{
    /// <summary>How long a silo waits for a probe's answer: 1 s (Orleans' default is 5 s).</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Missed probes before a silo suspects another: 2 (Orleans' default is 3).</summary>
    public const int NumMissedProbesLimit = 2;

    /// <summary>
    /// Cluster membership in PostgreSQL, with probe settings for fast failover (a dead silo's
    /// grains answered on the survivor after 1.3–1.8 s instead of 6–12 s on a two-silo probe).
    /// </summary>
    public static ISiloBuilder UsePostgresClustering(this ISiloBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOrleansSchema(connectionString);
        builder.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresOrleansConnection.Invariant;
            options.ConnectionString = PostgresOrleansConnection.WithPoolLimit(connectionString);
        });
        builder.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = ProbeTimeout;
            options.NumMissedProbesLimit = NumMissedProbesLimit;
        });
        return builder;
    }

    /// <summary>Grain state in PostgreSQL as the default storage (<c>[PersistentState("state")]</c> without a storage name).</summary>
    public static ISiloBuilder AddPostgresGrainStorageAsDefault(
        this ISiloBuilder builder, string connectionString, Action<AdoNetGrainStorageOptions>? configure = null) =>
        builder.AddPostgresGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, connectionString, configure);

    /// <summary>
    /// Grain state in PostgreSQL under the storage name <paramref name="name"/>: JSON without type
    /// names (<see cref="JsonGrainStateSerializer"/>), one row per grain id and state name
    /// (<see cref="GrainIdentityStorage"/>). <paramref name="configure"/> may change the options
    /// after these defaults (e.g. another serializer).
    /// </summary>
    public static ISiloBuilder AddPostgresGrainStorage(
        this ISiloBuilder builder, string name, string connectionString, Action<AdoNetGrainStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        builder.Services.AddOrleansSchema(connectionString);
        builder.AddAdoNetGrainStorage(name, options =>
        {
            options.Invariant = PostgresOrleansConnection.Invariant;
            options.ConnectionString = PostgresOrleansConnection.WithPoolLimit(connectionString);
            options.GrainStorageSerializer = new JsonGrainStateSerializer();
            configure?.Invoke(options);
        });

        // Replaces the provider's own registration under this name; the lifecycle registration
        // made by AddAdoNetGrainStorage resolves this one and reaches the provider through it.
        builder.Services.AddKeyedSingleton<IGrainStorage>(
            name, (services, _) => new GrainIdentityStorage(AdoNetGrainStorageFactory.Create(services, name)));
        return builder;
    }

    /// <summary>Reminders in PostgreSQL (durable, survive a silo restart or failover).</summary>
    public static ISiloBuilder UsePostgresReminders(this ISiloBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOrleansSchema(connectionString);
        builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = PostgresOrleansConnection.Invariant;
            options.ConnectionString = PostgresOrleansConnection.WithPoolLimit(connectionString);
        });
        return builder;
    }

    private static void AddOrleansSchema(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddPostgres(connectionString);
        services.AddMigrations(OrleansMigrations.Source);
    }
}
