using Orleans.Hosting;

namespace CommuneRadio.Persistence.OrleansAdoNet;

/// <summary>
/// A cluster client (the Web host) finding the silos' gateways in PostgreSQL's membership table.
/// It applies no migrations: the silos create the schema. Call it on the client builder, e.g.
/// <c>builder.UseOrleansClient(client => client.UsePostgresClustering(connectionString))</c>.
/// </summary>
public static class PostgresClientBuilderExtensions
{
    public static IClientBuilder UsePostgresClustering(this IClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresOrleansConnection.Invariant;
            options.ConnectionString = PostgresOrleansConnection.WithPoolLimit(connectionString);
        });
    }
}
