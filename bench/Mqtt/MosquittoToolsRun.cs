using System.Diagnostics;
using System.Globalization;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Mqtt;

/// <summary>
/// The baseline: <c>mosquitto_pub -l</c> reading lines from stdin, and/or <c>mosquitto_sub -C N</c>
/// writing to /dev/null, both started through <c>sh</c> so their output costs them what it costs in a
/// shell. Readiness comes from the broker's log (connect and subscribe lines), never from sleeping.
/// </summary>
internal static class MosquittoToolsRun
{
    /// <summary>Starts mosquitto_sub for <paramref name="count"/> messages and returns once it subscribed.</summary>
    public static async Task<Process> StartSubscriberAsync(MosquittoBroker broker, string topic, int count, int qos)
    {
        var clientId = $"tools-sub-{Guid.NewGuid():N}"[..20];
        var process = Shell($"exec mosquitto_sub -h {broker.Host} -p {broker.Port} -i {clientId} -q {qos} -t '{topic}' -C {count} > /dev/null", redirectInput: false);
        await broker.WaitForLogAsync($"{clientId} {qos} {topic}", TimeSpan.FromSeconds(10));
        return process;
    }

    /// <summary>Starts mosquitto_pub -l and returns once it is connected; feed it with <see cref="FeedAsync"/>.</summary>
    public static async Task<Process> StartPublisherAsync(MosquittoBroker broker, string topic, int qos)
    {
        var clientId = $"tools-pub-{Guid.NewGuid():N}"[..20];
        var process = Shell($"exec mosquitto_pub -h {broker.Host} -p {broker.Port} -i {clientId} -q {qos} -t '{topic}' -l", redirectInput: true);
        await broker.WaitForLogAsync($"as {clientId} ", TimeSpan.FromSeconds(10));
        return process;
    }

    /// <summary>Writes all lines to the publisher and closes its input; it exits once it sent them.</summary>
    public static async Task FeedAsync(Process publisher, byte[] lines)
    {
        await publisher.StandardInput.BaseStream.WriteAsync(lines);
        publisher.StandardInput.Close();
    }

    public static async Task WaitAsync(Process process, string what, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"{what} did not finish within {timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited with {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    /// <summary>Kills a tool that is still running (after a failed or timed-out round), so none outlives the run.</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }

    private static Process Shell(string command, bool redirectInput)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardInput = redirectInput, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        return Process.Start(start) ?? throw new InvalidOperationException("sh did not start");
    }
}
