using CommuneRadio.Persistence.Migrations;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommuneRadio.Content.Tests.Library;

/// <summary>A fresh database in the test PostgreSQL with the content library's migrations applied by the project's migration runner.</summary>
public static class ContentDatabase
{
    public static async Task<NpgsqlDataSource> CreateAsync(string purpose)
    {
        var dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync(purpose));
        var applied = await new MigrationRunner(dataSource, [ContentMigrations.Source], NullLogger<MigrationRunner>.Instance).ApplyAsync();
        Assert.Equal(ContentMigrations.Source.Load().Count, applied);
        return dataSource;
    }
}
