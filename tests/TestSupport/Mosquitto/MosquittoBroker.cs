using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace CommuneRadio.TestSupport.Mosquitto;

/// <summary>
/// A private, real mosquitto 2 broker for tests and benchmarks: started on a free loopback port with
/// a generated configuration in its own temporary folder, stopped and restarted on the same port
/// (with the same persistence) for reconnect tests, and deleted on dispose.
/// <code>
/// await using var broker = await MosquittoBroker.StartAsync(new() { AllowAnonymous = false, Users = new Dictionary&lt;string, string&gt; { ["dev"] = "pw" } });
/// // connect to broker.Host:broker.Port; on failure show broker.ReadLog()
/// </code>
/// Thread-safe for reading; start, stop and restart from one test flow at a time.
/// </summary>
public sealed class MosquittoBroker : IAsyncDisposable
{
    private const int PortAttempts = 5;

    private readonly StringBuilder _output = new();
    private Process? _process;
    private long _logOffset;

    private MosquittoBroker(string directory, MosquittoBrokerOptions options, X509Certificate2? certificate)
    {
        Directory = directory;
        Options = options;
        TlsCertificate = certificate;
    }

    public string Host => "127.0.0.1";

    public int Port { get; private set; }

    /// <summary>Port of the TLS listener, when <see cref="MosquittoBrokerOptions.Tls"/> is set.</summary>
    public int? TlsPort { get; private set; }

    /// <summary>The broker's self-signed certificate, for clients to pin, when <see cref="MosquittoBrokerOptions.Tls"/> is set.</summary>
    public X509Certificate2? TlsCertificate { get; }

    public MosquittoBrokerOptions Options { get; }

    /// <summary>The broker's folder: configuration, password file, dynamic-security store, persistence, log.</summary>
    public string Directory { get; }

    public string ConfigPath => Path.Combine(Directory, "mosquitto.conf");

    public string LogPath => Path.Combine(Directory, "mosquitto.log");

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<MosquittoBroker> StartAsync(MosquittoBrokerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MosquittoBrokerOptions();
        var directory = System.IO.Directory.CreateTempSubdirectory("communeradio-mosquitto-").FullName;
        try
        {
            var broker = new MosquittoBroker(directory, options, await MosquittoConfig.PrepareAsync(directory, options, cancellationToken));
            for (var attempt = 1; attempt <= PortAttempts; attempt++)
            {
                broker.Port = LoopbackPort.Pick();
                broker.TlsPort = options.Tls ? LoopbackPort.Pick() : null;
                await File.WriteAllTextAsync(broker.ConfigPath, MosquittoConfig.Render(directory, options, broker.Port, broker.TlsPort), cancellationToken);
                if (await broker.TryStartAsync(cancellationToken))
                {
                    return broker;
                }
            }

            throw new InvalidOperationException($"mosquitto found no free port in {PortAttempts} attempts:{Environment.NewLine}{broker.ReadLog()}");
        }
        catch
        {
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    /// <summary>Starts the broker again on the same port, with the same configuration and persistence, after <see cref="StopAsync"/> or <see cref="KillAsync"/>.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The broker is running.");
        }

        // The port was ours a moment ago; a client reconnecting in a loop cannot take a listening port, so one retry covers TIME_WAIT races.
        if (!await TryStartAsync(cancellationToken) && !await TryStartAsync(cancellationToken))
        {
            throw new InvalidOperationException($"mosquitto could not listen on port {Port} again:{Environment.NewLine}{ReadLog()}");
        }
    }

    /// <summary>Graceful stop (SIGTERM): clients see the connection close; with persistence the state is saved.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => SignalAndWaitAsync(ProcessRunner.SigTerm, cancellationToken);

    /// <summary>Abrupt stop (SIGKILL): nothing is saved.</summary>
    public Task KillAsync(CancellationToken cancellationToken = default) => SignalAndWaitAsync(ProcessRunner.SigKill, cancellationToken);

    /// <summary>Adds a password-file user and makes the running broker reload it (SIGHUP).</summary>
    public async Task AddUserAsync(string user, string password, CancellationToken cancellationToken = default)
    {
        if (Options.DynamicSecurity || Options.Users.Count == 0)
        {
            throw new InvalidOperationException("Users can be added only to a broker started with a password file (MosquittoBrokerOptions.Users).");
        }

        await MosquittoConfig.AddUserAsync(Path.Combine(Directory, "passwords"), user, password, cancellationToken);
        if (_process is { HasExited: false } process)
        {
            ProcessRunner.Signal(process.Id, ProcessRunner.SigHup);
        }
    }

    /// <summary>
    /// Waits until the broker's log (since it last started) holds <paramref name="text"/>, e.g. the
    /// line <c>log_type subscribe</c> writes when a client subscribes: a readiness signal for tools
    /// that print nothing themselves.
    /// </summary>
    public async Task WaitForLogAsync(string text, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = Stopwatch.StartNew();
        while (!ReadNewLog().Contains(text, StringComparison.Ordinal))
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"mosquitto did not log '{text}' within {timeout.TotalSeconds:0.#} s:{Environment.NewLine}{ReadLog()}");
            }

            // The log file is the only signal mosquitto gives.
            await Task.Delay(5, cancellationToken);
        }
    }

    /// <summary>The broker's log and console output so far, for failure messages.</summary>
    public string ReadLog()
    {
        var log = File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(no log file)";
        lock (_output)
        {
            return $"--- {LogPath}{Environment.NewLine}{log}{Environment.NewLine}--- console{Environment.NewLine}{_output}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            await StopAsync();
        }

        _process?.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the OS cleans the temp folder eventually.
        }
    }

    /// <summary>Starts the process and waits until its log says it runs. False when the port was taken (the caller retries).</summary>
    private async Task<bool> TryStartAsync(CancellationToken cancellationToken)
    {
        _logOffset = File.Exists(LogPath) ? new FileInfo(LogPath).Length : 0;
        var start = new ProcessStartInfo(Options.MosquittoPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(ConfigPath);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Options.MosquittoPath} did not start.");
        process.OutputDataReceived += (_, e) => Capture(e.Data);
        process.ErrorDataReceived += (_, e) => Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        MosquittoProcesses.Track(process);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var log = ReadNewLog();
            if (process.HasExited)
            {
                process.Dispose();
                return log.Contains("Address already in use", StringComparison.Ordinal)
                    ? false
                    : throw new InvalidOperationException($"mosquitto exited at start:{Environment.NewLine}{ReadLog()}");
            }

            if (log.Contains(" running", StringComparison.Ordinal))
            {
                _process = process;
                return true;
            }

            if (deadline.Elapsed > Options.StartTimeout)
            {
                process.Kill();
                throw new TimeoutException($"mosquitto did not report running within {Options.StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{ReadLog()}");
            }

            // Polling the broker's own log: mosquitto raises no other signal when it is ready.
            await Task.Delay(10, cancellationToken);
        }
    }

    private async Task SignalAndWaitAsync(int signal, CancellationToken cancellationToken)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        ProcessRunner.Signal(process.Id, signal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill();
            await process.WaitForExitAsync(cancellationToken);
        }
    }

    private string ReadNewLog()
    {
        if (!File.Exists(LogPath))
        {
            return "";
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(_logOffset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
