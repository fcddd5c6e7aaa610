using System.Data.Common;
using Npgsql;

namespace CommuneRadio.Persistence.OrleansAdoNet;

/// <summary>How Orleans' ADO.NET providers reach PostgreSQL: the invariant and a bounded pool.</summary>
public static class PostgresOrleansConnection
{
    /// <summary>The ADO.NET invariant of Npgsql; Orleans' grain storage would default to SQL Server's.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>
    /// Connections the providers of one silo share at most, unless the connection string says
    /// otherwise: two busy silos with Npgsql's default pool of 100 each exceeded PostgreSQL's
    /// default max_connections of 100.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    // NpgsqlConnectionStringBuilder.ContainsKey answers whether a keyword is known, not whether it was given.
    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];

    /// <summary>
    /// <paramref name="connectionString"/> with Maximum Pool Size <see cref="DefaultMaxPoolSize"/>
    /// unless it names a pool size itself. The three providers open connections with the same
    /// string, so they share one Npgsql pool.
    /// </summary>
    public static string WithPoolLimit(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (PoolSizeKeys.Any(given.ContainsKey))
        {
            return connectionString;
        }

        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }
}
