using CommuneRadio.Persistence.GrainStorage;
using CommuneRadio.Persistence.Hosting;
using CommuneRadio.Persistence.Migrations;
using CommuneRadio.Persistence.Reminders;
using CommuneRadio.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CommuneRadio.Persistence;

public static class PostgresServiceCollectionExtensions
{
    /// <summary>
    /// Adds one <see cref="NpgsqlDataSource"/> (a connection pool) for <paramref name="connectionString"/>
    /// and the <see cref="MigrationRunner"/>, which the host runs while starting, before any hosted
    /// service starts.
    /// </summary>
    public static IServiceCollection AddPostgres(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.TryAddSingleton<MigrationRunner>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>Registers a component's migrations; sources apply in registration order.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, MigrationSource source) =>
        services.AddSingleton(source);

    /// <summary>
    /// Grain state and reminders in PostgreSQL: <see cref="PostgresGrainStorage"/> as the default
    /// grain storage, <see cref="PostgresReminderTable"/>, and the migrations creating their tables.
    /// </summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services)
    {
        services.AddOptions<GrainStateJsonOptions>();
        services.AddMigrations(RuntimeMigrations);
        services.AddKeyedSingleton<IGrainStorage, PostgresGrainStorage>(PersistentStateAttribute.DefaultStorage);
        services.TryAddSingleton<IReminderTable, PostgresReminderTable>();
        return services;
    }

    /// <summary>The migrations of the runtime's tables (grain_state, reminders).</summary>
    public static MigrationSource RuntimeMigrations { get; } = new("runtime", typeof(PostgresGrainStorage).Assembly, "runtime/");
}
