using CommuneRadio.Persistence.Migrations;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommuneRadio.Persistence.Tests;

/// <summary>A fresh database in the test PostgreSQL with the runtime's migrations applied.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("persistence");
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        await new MigrationRunner(DataSource, [PostgresServiceCollectionExtensions.RuntimeMigrations], NullLogger<MigrationRunner>.Instance)
            .ApplyAsync();
    }

    public async Task DisposeAsync() => await DataSource.DisposeAsync();

    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }
}
