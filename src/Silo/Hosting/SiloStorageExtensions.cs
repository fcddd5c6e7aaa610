using CommuneRadio.Persistence;

namespace CommuneRadio.Silo.Hosting;

public static class SiloStorageExtensions
{
    /// <summary>PostgreSQL from <c>ConnectionStrings:Postgres</c>: one connection pool, migrations at start.</summary>
    public static WebApplicationBuilder AddSiloStorage(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Postgres is not set. Start the system with ./run, or set ConnectionStrings__Postgres.");
        }

        builder.Services.AddPostgres(connectionString);
        return builder;
    }
}
