using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Grains.Registry;

/// <summary>Positional parameters with explicit types, so a null still tells PostgreSQL what it is.</summary>
internal static class SqlParameters
{
    public static NpgsqlCommand With(this NpgsqlCommand command, params NpgsqlParameter[] parameters)
    {
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static NpgsqlParameter Text(string? value) => Typed(value, NpgsqlDbType.Text);

    public static NpgsqlParameter Double(double? value) => Typed(value, NpgsqlDbType.Double);

    public static NpgsqlParameter TextArray(IEnumerable<string?> values) => Typed(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);

    public static NpgsqlParameter DoubleArray(IEnumerable<double?> values) => Typed(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double);

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
