using Npgsql;

namespace CommuneRadio.TestSupport;

/// <summary>
/// The test PostgreSQL cluster started by <c>./test</c>. Each test class asks for a fresh
/// database so tests never see each other's rows and never depend on order.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "COMMUNERADIO_TEST_POSTGRES";

    private static readonly Lazy<string> AdminConnection = new(FindConnectionString);

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"t_{Sanitize(purpose)}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(AdminConnection.Value))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnection.Value) { Database = name }.ConnectionString;
    }

    private static string Sanitize(string purpose) =>
        new(purpose.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').Take(16).ToArray());

    private static string FindConnectionString()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var file = Path.Combine(RepositoryRoot.Path, ".data", "test", "postgres.connection");
        if (File.Exists(file))
        {
            return File.ReadAllText(file).Trim();
        }

        throw new InvalidOperationException(
            $"No test PostgreSQL: run ./test from the repository root (it starts one), or set {EnvironmentVariable}.");
    }
}
