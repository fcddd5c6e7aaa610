using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Grains.Storage;

/// <summary>Positional parameters with explicit types, so a null still tells PostgreSQL what it is; readers for nullable columns.</summary>
internal static class SqlParameters
{
    public static NpgsqlCommand With(this NpgsqlCommand command, params NpgsqlParameter[] parameters)
    {
        command.Parameters.AddRange(parameters);
        return command;
    }

    public static NpgsqlParameter Text(string? value) => Typed(value, NpgsqlDbType.Text);

    public static NpgsqlParameter Double(double? value) => Typed(value, NpgsqlDbType.Double);

    public static NpgsqlParameter BigInt(long? value) => Typed(value, NpgsqlDbType.Bigint);

    public static NpgsqlParameter Bool(bool value) => Typed(value, NpgsqlDbType.Boolean);

    public static NpgsqlParameter Time(DateTimeOffset? value) => Typed(value?.ToUniversalTime(), NpgsqlDbType.TimestampTz);

    public static NpgsqlParameter Bytes(byte[] value) => Typed(value, NpgsqlDbType.Bytea);

    public static NpgsqlParameter Json(string? value) => Typed(value, NpgsqlDbType.Jsonb);

    public static NpgsqlParameter TextArray(IEnumerable<string?> values) => Typed(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);

    public static NpgsqlParameter DoubleArray(IEnumerable<double?> values) => Typed(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double);

    public static NpgsqlParameter TimeArray(IEnumerable<DateTimeOffset> values) =>
        Typed(values.Select(v => v.ToUniversalTime()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.TimestampTz);

    public static NpgsqlParameter BoolArray(IEnumerable<bool> values) => Typed(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Boolean);

    public static DateTimeOffset ReadTime(this NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? ReadTimeOrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.ReadTime(ordinal);

    public static string? ReadTextOrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static NpgsqlParameter Typed(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
