using CommuneRadio.Persistence.Migrations;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommuneRadio.Persistence.Tests.Migrations;

public sealed class MigrationRunnerTests
{
    private static readonly MigrationSource Good = new("sample", typeof(MigrationRunnerTests).Assembly, "samples/good/");
    private static readonly MigrationSource Broken = new("broken", typeof(MigrationRunnerTests).Assembly, "samples/broken/");

    [Fact]
    public async Task Migrations_are_applied_once_in_order_and_a_second_start_applies_none()
    {
        await using var database = await FreshDatabaseAsync();

        var first = await Runner(database, Good).ApplyAsync();
        var second = await Runner(database, Good).ApplyAsync();

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        Assert.Equal(1L, await Scalar<long>(database, "select count(*) from sample_areas"));
        Assert.Equal("Tỉnh Đồng Tháp", await Scalar<string>(database, "select name from sample_areas where code = '30'"));
        Assert.Equal(2L, await Scalar<long>(database, "select count(*) from schema_migrations where source = 'sample'"));
    }

    [Fact]
    public async Task Processes_starting_together_apply_each_migration_exactly_once()
    {
        await using var database = await FreshDatabaseAsync();

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Runner(database, Good).ApplyAsync())));

        Assert.Equal(2, applied.Sum());
        Assert.Equal(1L, await Scalar<long>(database, "select count(*) from sample_areas"));
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_named_and_stops_the_ones_after_it()
    {
        await using var database = await FreshDatabaseAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Runner(database, Broken, Good).ApplyAsync());

        Assert.Contains("broken 0002_second", error.Message);
        Assert.Contains("no_such_table", error.Message);
        Assert.Equal(1L, await Scalar<long>(database, "select count(*) from schema_migrations"));
        Assert.Null(await Scalar<string>(database, "select to_regclass('broken_second')::text"));
        Assert.Null(await Scalar<string>(database, "select to_regclass('sample_areas')::text"));
    }

    private static MigrationRunner Runner(NpgsqlDataSource database, params MigrationSource[] sources) =>
        new(database, sources, NullLogger<MigrationRunner>.Instance);

    private static async Task<NpgsqlDataSource> FreshDatabaseAsync() =>
        NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("migrations"));

    private static async Task<T?> Scalar<T>(NpgsqlDataSource database, string sql)
    {
        await using var command = database.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }
}
