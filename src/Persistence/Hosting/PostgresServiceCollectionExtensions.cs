using System.Data.Common;
using CommuneRadio.Persistence.Hosting;
using CommuneRadio.Persistence.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CommuneRadio.Persistence;

public static class PostgresServiceCollectionExtensions
{
    /// <summary>Connections the pool opens at most unless the connection string says otherwise: below PostgreSQL's default max_connections of 100.</summary>
    public const int DefaultMaxPoolSize = 50;

    // NpgsqlConnectionStringBuilder.ContainsKey answers whether a keyword is known, not whether it was given.
    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];

    /// <summary>
    /// Adds one <see cref="NpgsqlDataSource"/> (a connection pool) for <paramref name="connectionString"/>
    /// and the <see cref="MigrationRunner"/>, which the host runs while starting, before any hosted
    /// service starts. Without a Maximum Pool Size in the connection string the pool holds at most
    /// <see cref="DefaultMaxPoolSize"/> connections: Npgsql's own default (100) is more than the
    /// server allows, so a burst (an alert's fan-out to 500 station grains) failed with "too many
    /// clients" instead of waiting for a pooled connection.
    /// </summary>
    public static IServiceCollection AddPostgres(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!PoolSizeKeys.Any(given.ContainsKey))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        services.TryAddSingleton(_ => NpgsqlDataSource.Create(builder.ConnectionString));
        services.TryAddSingleton<MigrationRunner>();
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    /// <summary>Registers a component's migrations; sources apply in registration order.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, MigrationSource source) =>
        services.AddSingleton(source);
}
