using CommuneRadio.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommuneRadio.Grains.Operators;

public static class OperatorsServiceCollectionExtensions
{
    /// <summary>
    /// Operators, their tokens and the audit log in PostgreSQL (<see cref="IOperatorStore"/>,
    /// <see cref="IOperatorTokenStore"/>, <see cref="IAuditLog"/>) and the domain migrations
    /// creating their tables. Expects the <c>NpgsqlDataSource</c> (<c>AddPostgres</c>) and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddOperators(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // The runner applies a source once by name, whichever features register it.
        services.AddMigrations(GrainsMigrations.Source);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOperatorStore, PostgresOperatorStore>();
        services.TryAddSingleton<IOperatorTokenStore, PostgresOperatorTokenStore>();
        services.TryAddSingleton<IAuditLog, PostgresAuditLog>();
        return services;
    }
}
