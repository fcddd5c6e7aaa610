using CommuneRadio.TestSupport;
using Npgsql;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>A fresh empty database per test class; the silo's start applies the Orleans migrations.</summary>
public sealed class OrleansDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("orleans");
        DataSource = NpgsqlDataSource.Create(ConnectionString);
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
