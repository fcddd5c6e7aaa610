using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CommuneRadio.Grains.Events;

/// <summary>
/// Group commit for the status history: transitions from every station grain queue here and are
/// inserted together (one statement per batch), and each caller's task completes when its batch
/// is committed. After a regional power cut thousands of devices come back at once; this turns
/// thousands of round trips into a few.
/// </summary>
public sealed partial class StatusHistoryWriter(NpgsqlDataSource dataSource, ILogger<StatusHistoryWriter> logger) : BackgroundService
{
    private const int MaxBatch = 1000;

    private readonly Channel<(StatusTransition Transition, TaskCompletionSource Stored)> _queue =
        Channel.CreateBounded<(StatusTransition, TaskCompletionSource)>(new BoundedChannelOptions(50_000) { SingleReader = true });

    public async Task AppendAsync(StatusTransition transition, CancellationToken cancellationToken)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync((transition, stored), cancellationToken);
        await stored.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(StatusTransition Transition, TaskCompletionSource Stored)>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: store what is already queued, so no acknowledged transition is lost.
            while (_queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await WriteAsync(batch, CancellationToken.None);
        }
    }

    private async Task WriteAsync(List<(StatusTransition Transition, TaskCompletionSource Stored)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var command = dataSource.CreateCommand("""
                insert into status_history (station_id, device_id, state, at, reason)
                select * from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[])
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Transition.StationId).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Transition.DeviceId ?? "").ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Transition.State).ToArray() });
            command.Parameters.Add(new NpgsqlParameter
            {
                Value = batch.Select(b => b.Transition.At.ToUniversalTime()).ToArray(),
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
            });
            command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(b => b.Transition.Reason).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
            batch.ForEach(b => b.Stored.TrySetResult());
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            LogBatchFailed(logger, batch.Count, e);
            batch.ForEach(b => b.Stored.TrySetException(e));
        }
    }

    [LoggerMessage(110, LogLevel.Error, "Could not store {Count} status transitions")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
