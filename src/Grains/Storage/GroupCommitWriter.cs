using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommuneRadio.Grains.Storage;

/// <summary>
/// Group commit: rows from every grain queue here and are written together (one statement per
/// batch); each caller's task completes when its batch is committed, so a grain that awaits it
/// knows the row is durable. After a regional power cut thousands of devices report at once; this
/// turns thousands of round trips into a few. On stop, what is queued is still written.
/// </summary>
public abstract partial class GroupCommitWriter<T>(ILogger logger) : BackgroundService
{
    private const int MaxBatch = 1000;

    private readonly Channel<(T Row, TaskCompletionSource Stored)> _queue =
        Channel.CreateBounded<(T, TaskCompletionSource)>(new BoundedChannelOptions(50_000) { SingleReader = true });

    /// <summary>What the rows are, for the log ("status transitions").</summary>
    protected abstract string RowsName { get; }

    public async Task AppendAsync(T row, CancellationToken cancellationToken)
    {
        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync((row, stored), cancellationToken);
        await stored.Task.WaitAsync(cancellationToken);
    }

    public Task AppendAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken) =>
        rows.Count switch
        {
            0 => Task.CompletedTask,
            1 => AppendAsync(rows[0], cancellationToken),
            _ => Task.WhenAll(rows.Select(r => AppendAsync(r, cancellationToken))),
        };

    /// <summary>Writes one batch in one statement.</summary>
    protected abstract Task WriteBatchAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(T Row, TaskCompletionSource Stored)>(MaxBatch);
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
            // Stopping: store what is already queued, so no acknowledged row is lost.
            while (_queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await WriteAsync(batch, CancellationToken.None);
        }
    }

    private async Task WriteAsync(List<(T Row, TaskCompletionSource Stored)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await WriteBatchAsync(batch.ConvertAll(b => b.Row), cancellationToken);
            batch.ForEach(b => b.Stored.TrySetResult());
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            LogBatchFailed(logger, batch.Count, RowsName, e);
            batch.ForEach(b => b.Stored.TrySetException(e));
        }
    }

    [LoggerMessage(110, LogLevel.Error, "Could not store {Count} {Rows}")]
    private static partial void LogBatchFailed(ILogger logger, int count, string rows, Exception exception);
}
