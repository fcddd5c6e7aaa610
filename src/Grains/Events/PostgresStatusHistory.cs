using Npgsql;

namespace CommuneRadio.Grains.Events;

/// <summary>The status history in the <c>status_history</c> table; writes go through <see cref="StatusHistoryWriter"/>.</summary>
public sealed class PostgresStatusHistory(NpgsqlDataSource dataSource, StatusHistoryWriter writer) : IStatusHistory
{
    public Task AppendAsync(StatusTransition transition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return writer.AppendAsync(transition, cancellationToken);
    }

    public async Task<IReadOnlyList<StatusTransition>> ReadAsync(
        string stationId, string? deviceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(deviceId is null
            ? "select station_id, device_id, state, at, reason from status_history where station_id = $1 and at >= $2 and at < $3 order by at, id"
            : "select station_id, device_id, state, at, reason from status_history where station_id = $1 and at >= $2 and at < $3 and device_id = $4 order by at, id");
        command.Parameters.Add(new NpgsqlParameter { Value = stationId });
        command.Parameters.Add(new NpgsqlParameter { Value = from.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter { Value = to.ToUniversalTime() });
        if (deviceId is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = deviceId });
        }

        return await ReadTransitionsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, StatusTransition>> LatestAsync(
        string stationId, DateTimeOffset? before = null, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            select distinct on (device_id) station_id, device_id, state, at, reason
            from status_history where station_id = $1 and at < $2
            order by device_id, at desc, id desc
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = stationId });
        command.Parameters.Add(new NpgsqlParameter { Value = (before ?? DateTimeOffset.MaxValue).ToUniversalTime() });
        var transitions = await ReadTransitionsAsync(command, cancellationToken);
        return transitions.ToDictionary(t => t.DeviceId ?? "", StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<StatusTransition>> ReadTransitionsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var transitions = new List<StatusTransition>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var deviceId = reader.GetString(1);
            transitions.Add(new StatusTransition(
                reader.GetString(0),
                deviceId.Length == 0 ? null : deviceId,
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.GetString(4)));
        }

        return transitions;
    }
}
