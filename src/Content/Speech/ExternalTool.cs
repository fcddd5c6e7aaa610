using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Content.Speech;

/// <summary>
/// Runs a command-line tool (espeak-ng, opusenc, lame) with arguments passed as a list (no shell),
/// logs every <see cref="ContentOptions.ProgressInterval"/> that it is still running, kills it at
/// the timeout or on cancellation, and throws <see cref="SpeechException"/> naming the tool and
/// its error output when it fails. Thread-safe.
/// </summary>
public sealed partial class ExternalTool(ILogger<ExternalTool> logger)
{
    public async Task RunAsync(string program, IReadOnlyList<string> arguments, string what, TimeSpan timeout, TimeSpan progressInterval, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(program);
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SpeechException($"{program} could not be started ({e.Message}); is it installed? ./run and ./test install it", e);
        }

        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        var exited = process.WaitForExitAsync(deadline.Token);
        try
        {
            // Bounded: the deadline ends the wait, and the loop with it.
            while (await Task.WhenAny(exited, Task.Delay(progressInterval, deadline.Token)).ConfigureAwait(false) != exited)
            {
                LogStillRunning(logger, what, program, watch.Elapsed.TotalSeconds);
            }

            await exited.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new SpeechException($"{program} did not finish {what} within {timeout.TotalSeconds:0.#} s");
        }

        var errors = (await stderr.ConfigureAwait(false)).Trim();
        await stdout.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new SpeechException($"{program} failed {what} (exit code {process.ExitCode}): {(errors.Length > 500 ? errors[..500] : errors)}");
        }

        LogFinished(logger, what, program, watch.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(1, LogLevel.Information, "Still {What} with {Program} after {ElapsedS:0} s")]
    private static partial void LogStillRunning(ILogger logger, string what, string program, double elapsedS);

    [LoggerMessage(2, LogLevel.Debug, "Finished {What} with {Program} in {ElapsedMs:0} ms")]
    private static partial void LogFinished(ILogger logger, string what, string program, double elapsedMs);
}
