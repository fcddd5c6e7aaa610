using System.Diagnostics;
using CommuneRadio.Bench.Common;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Devices;

namespace CommuneRadio.Bench.Alert;

/// <summary>
/// Watches the devices' own journals for one command: one waiter per device, completed by the
/// journal append that satisfies it (no polling of 10,000 journals). Times come from the journal
/// entries, so starting to watch after the command went out loses nothing. Prints progress every second.
/// </summary>
internal static class DeliveryWatch
{
    public static async Task<DeliveryTimes> WatchAsync(
        IReadOnlyList<SimulatedDevice> devices, string cmdId, DateTimeOffset sentAt, long sentTimestamp, TimeSpan limit, bool untilDone, string what, ProgressLine progress, CancellationToken cancellationToken)
    {
        var times = new DeliveryTimes(devices.Count);
        var counts = new int[3];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watching = Task.WhenAll(devices.Select((device, i) => WatchOneAsync(device, i, cmdId, sentAt, times, counts, untilDone, stop.Token)));
        while (!watching.IsCompleted)
        {
            var left = limit - Stopwatch.GetElapsedTime(sentTimestamp);
            if (left <= TimeSpan.Zero)
            {
                progress.Write($"{what}: limit of {limit.TotalSeconds:0} s reached; {Volatile.Read(ref counts[1]):N0} of {devices.Count:N0} playing");
                break;
            }

            await Task.WhenAny(watching, Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1), cancellationToken));
            progress.Write($"{what}: {Stopwatch.GetElapsedTime(sentTimestamp).TotalSeconds:0.0} s, read by {Volatile.Read(ref counts[0]):N0}, playing on {Volatile.Read(ref counts[1]):N0}"
                + (untilDone ? $", done on {Volatile.Read(ref counts[2]):N0}" : "") + $" of {devices.Count:N0}");
        }

        await stop.CancelAsync();
        try
        {
            await watching;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The limit: what did not happen stays NaN.
        }

        return times;
    }

    private static async Task WatchOneAsync(SimulatedDevice device, int i, string cmdId, DateTimeOffset sentAt, DeliveryTimes times, int[] counts, bool untilDone, CancellationToken cancellationToken)
    {
        var journal = device.Journal;
        await journal.WaitForCommandAsync(cmdId, 1, cancellationToken);
        times.Read[i] = Since(sentAt, journal.Commands.First(c => c.Command.CmdId == cmdId).At);
        Interlocked.Increment(ref counts[0]);
        var playing = await journal.WaitForAckAsync(cmdId, AckState.Playing, cancellationToken);
        times.Playing[i] = Since(sentAt, playing.At);
        times.Received[i] = journal.Acks.FirstOrDefault(a => a.CmdId == cmdId && a.State == AckState.Received && !a.Lost) is { } received ? Since(sentAt, received.At) : double.NaN;
        Interlocked.Increment(ref counts[1]);
        if (untilDone)
        {
            times.Done[i] = Since(sentAt, (await journal.WaitForAckAsync(cmdId, AckState.Done, cancellationToken)).At);
            Interlocked.Increment(ref counts[2]);
        }
    }

    private static double Since(DateTimeOffset sentAt, DateTimeOffset at) => (at - sentAt).TotalMilliseconds;
}
