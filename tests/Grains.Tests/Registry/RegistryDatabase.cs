using CommuneRadio.Grains.Registry.Areas;
using CommuneRadio.Grains.Registry.Stations;
using CommuneRadio.Persistence.Migrations;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommuneRadio.Grains.Tests.Registry;

/// <summary>
/// A fresh database in the test PostgreSQL with the runtime's and the domain's migrations, and the
/// registry stores on it, logging into <see cref="Logs"/>. One per test: tests never see each other's rows.
/// </summary>
public sealed class RegistryDatabase : IAsyncDisposable
{
    private readonly ILoggerFactory _loggers;

    private RegistryDatabase(NpgsqlDataSource dataSource, LogCapture logs)
    {
        DataSource = dataSource;
        Logs = logs;
        _loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        Areas = new PostgresAreaRegistry(dataSource, Logger<PostgresAreaRegistry>());
        Stations = new PostgresStationRegistry(dataSource, Logger<PostgresStationRegistry>());
    }

    public NpgsqlDataSource DataSource { get; }

    public LogCapture Logs { get; }

    public PostgresAreaRegistry Areas { get; }

    public PostgresStationRegistry Stations { get; }

    public static async Task<RegistryDatabase> CreateAsync(string purpose)
    {
        var dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync(purpose));
        var logs = new LogCapture();
        using (var loggers = LoggerFactory.Create(b => b.AddProvider(logs)))
        {
            await new MigrationRunner(
                dataSource,
                [GrainsMigrations.Source],
                loggers.CreateLogger<MigrationRunner>()).ApplyAsync();
        }

        return new RegistryDatabase(dataSource, logs);
    }

    public ILogger<T> Logger<T>() => _loggers.CreateLogger<T>();

    public async ValueTask DisposeAsync()
    {
        _loggers.Dispose();
        await DataSource.DisposeAsync();
    }
}
