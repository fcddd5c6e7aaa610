using System.Diagnostics;

namespace CommuneRadio.TestSupport.Mosquitto;

/// <summary>
/// A running <c>mosquitto_sub</c>. It prints each message as <c>MSG topic hex-payload</c> so the
/// payload bytes are compared exactly, and exits after the expected count.
/// </summary>
public sealed class MosquittoSubscriber : IAsyncDisposable
{
    private const string Marker = "MSG ";

    private readonly Process _process;
    private readonly List<MosquittoToolMessage> _messages = [];
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<IReadOnlyList<MosquittoToolMessage>> _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MosquittoSubscriber(Process process) => _process = process;

    /// <summary>Completes with the messages once <c>mosquitto_sub</c> received the expected count and exited.</summary>
    public Task<IReadOnlyList<MosquittoToolMessage>> Messages => _completed.Task;

    /// <summary>Everything the tool printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    internal static async Task<MosquittoSubscriber> StartAsync(MosquittoBroker broker, string topicFilter, int count, MosquittoToolOptions options, CancellationToken cancellationToken)
    {
        // stdbuf: into a pipe mosquitto_sub buffers its output, and the SUBACK line would come only at exit.
        var start = new ProcessStartInfo("stdbuf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-oL");
        start.ArgumentList.Add("mosquitto_sub");
        foreach (var argument in options.Arguments(broker).Concat(["-t", topicFilter, "-C", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "-d", "-F", Marker + "%t %x"]))
        {
            start.ArgumentList.Add(argument);
        }

        var subscriber = new MosquittoSubscriber(Process.Start(start) ?? throw new InvalidOperationException("mosquitto_sub did not start."));
        subscriber._process.OutputDataReceived += (_, e) => subscriber.OnLine(e.Data);
        subscriber._process.ErrorDataReceived += (_, e) => subscriber.OnLine(e.Data);
        subscriber._process.EnableRaisingEvents = true;
        subscriber._process.Exited += (_, _) => subscriber.OnExited();
        subscriber._process.BeginOutputReadLine();
        subscriber._process.BeginErrorReadLine();
        try
        {
            await subscriber._subscribed.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
        catch (TimeoutException)
        {
            await subscriber.DisposeAsync();
            throw new InvalidOperationException($"mosquitto_sub was not subscribed within 10 s; it printed:{Environment.NewLine}{subscriber.Output}");
        }

        return subscriber;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                var body = line[Marker.Length..];
                var space = body.LastIndexOf(' ');
                _messages.Add(new MosquittoToolMessage(body[..space], Convert.FromHexString(body[(space + 1)..])));
            }
        }

        if (line.Contains("received SUBACK", StringComparison.Ordinal))
        {
            _subscribed.TrySetResult();
        }
    }

    private void OnExited()
    {
        // Let the output readers drain before judging.
        _process.WaitForExit();
        lock (_output)
        {
            if (_process.ExitCode == 0)
            {
                _completed.TrySetResult([.. _messages]);
            }
            else
            {
                var failure = new InvalidOperationException($"mosquitto_sub exited with {_process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
                _subscribed.TrySetException(failure);
                _completed.TrySetException(failure);
            }
        }
    }
}
