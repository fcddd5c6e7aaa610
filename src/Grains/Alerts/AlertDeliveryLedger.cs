using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CommuneRadio.Grains.Storage;
using Npgsql;
using static CommuneRadio.Grains.Storage.SqlParameters;

namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// <see cref="IAlertDeliveries"/> on PostgreSQL: transitions are appended through the group-commit
/// <see cref="AlertDeliveryWriter"/>, the latest state per device is kept in memory (read back from
/// the table the first time an alert is asked for after a start), and watchers get every
/// transition through a bounded channel each — a watcher that cannot keep up loses its oldest
/// events, never the station grains' time.
/// </summary>
public sealed class AlertDeliveryLedger(NpgsqlDataSource dataSource, AlertDeliveryWriter writer) : IAlertDeliveries
{
    private readonly ConcurrentDictionary<string, AlertLedger> _alerts = new(StringComparer.Ordinal);

    public async Task RecordAsync(IReadOnlyList<AlertDelivery> transitions, CancellationToken cancellationToken = default)
    {
        await writer.AppendAsync(transitions, cancellationToken);
        foreach (var transition in transitions)
        {
            _alerts.GetOrAdd(transition.AlertId, _ => new AlertLedger()).Apply(transition);
        }
    }

    public async Task<IReadOnlyList<AlertDelivery>> CurrentAsync(string alertId, CancellationToken cancellationToken = default)
    {
        var ledger = _alerts.GetOrAdd(alertId, _ => new AlertLedger());
        if (!ledger.Loaded)
        {
            foreach (var stored in await LoadAsync(alertId, cancellationToken))
            {
                ledger.Apply(stored, publish: false);
            }

            ledger.Loaded = true;
        }

        return ledger.Snapshot();
    }

    public void Forget(string alertId) => _alerts.TryRemove(alertId, out _);

    /// <summary>
    /// The watcher is registered when this returns, before the first item is asked for, so a caller
    /// can tell its client the stream is live and miss nothing recorded after that.
    /// </summary>
    public IAsyncEnumerable<AlertDelivery> WatchAsync(string alertId, CancellationToken cancellationToken)
    {
        var ledger = _alerts.GetOrAdd(alertId, _ => new AlertLedger());
        var channel = Channel.CreateBounded<AlertDelivery>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        ledger.Watchers.TryAdd(channel, 0);
        return ReadUntilCancelledAsync(ledger, channel, cancellationToken);
    }

    private static async IAsyncEnumerable<AlertDelivery> ReadUntilCancelledAsync(
        AlertLedger ledger, Channel<AlertDelivery> channel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var delivery in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return delivery;
            }
        }
        finally
        {
            ledger.Watchers.TryRemove(channel, out _);
        }
    }

    private async Task<List<AlertDelivery>> LoadAsync(string alertId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select distinct on (station_id, device_id) station_id, device_id, cmd_id, state, reason, at
            from alert_deliveries where alert_id = $1
            order by station_id, device_id, id desc
            """);
        command.With(Text(alertId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<AlertDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AlertDelivery(
                alertId,
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                DeliveryStates.FromWire(reader.GetString(3)),
                reader.ReadTextOrNull(4),
                reader.ReadTime(5)));
        }

        return rows;
    }

    private sealed class AlertLedger
    {
        private readonly ConcurrentDictionary<(string Station, string Device), AlertDelivery> _devices = new();

        public volatile bool Loaded;

        public ConcurrentDictionary<Channel<AlertDelivery>, byte> Watchers { get; } = new();

        /// <summary>Keeps the furthest state per device: a stored row read after a newer live one does not move it back.</summary>
        public void Apply(AlertDelivery delivery, bool publish = true)
        {
            _devices.AddOrUpdate(
                (delivery.StationId, delivery.DeviceId),
                delivery,
                (_, current) => current.CmdId != delivery.CmdId && publish ? delivery
                    : current.State.CanMove(delivery.State) ? delivery : current);
            if (publish)
            {
                foreach (var watcher in Watchers.Keys)
                {
                    watcher.Writer.TryWrite(delivery);
                }
            }
        }

        public IReadOnlyList<AlertDelivery> Snapshot() => [.. _devices.Values];
    }
}
