using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Silo.Tests.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Silo.Tests.Cli;

/// <summary>
/// Runs <c>communeradio</c> in the test process as a shell would run it: its own config folder
/// (credentials.json), environment, standard input, output and error — with HTTP going to the
/// in-process Silo's test server (or any client factory given). Output is JSON, as when piped,
/// unless <see cref="Terminal"/> is set.
/// </summary>
public sealed class CliRunner : IDisposable
{
    /// <summary>The address the CLI is told; the test server answers whatever the host.</summary>
    public static readonly Uri Api = new("http://silo.test/");

    private readonly Func<Uri, HttpClient> _clients;

    public CliRunner(Func<Uri, HttpClient> clients) => _clients = clients;

    public string ConfigDirectory { get; } = Directory.CreateTempSubdirectory("communeradio-cli-").FullName;

    public Dictionary<string, string?> Environment { get; } = [];

    /// <summary>Human output (tables, progress bar) as on a terminal, instead of JSON.</summary>
    public bool Terminal { get; set; }

    public string CredentialsPath => Path.Combine(ConfigDirectory, "credentials.json");

    /// <summary>A runner whose HTTP goes to <paramref name="silo"/>'s test server.</summary>
    public static CliRunner For(SiloHost silo)
    {
        var server = (TestServer)silo.Services.GetRequiredService<IServer>();
        return new CliRunner(api => new HttpClient(server.CreateHandler()) { BaseAddress = api });
    }

    /// <summary><c>communeradio login --api … --username admin --password-stdin</c>, asserting it succeeds.</summary>
    public async Task LoginAsync(SiloHost silo)
    {
        var login = await RunAsync(["login", "--api", Api.ToString(), "--username", silo.AdminUsername, "--password-stdin"], stdin: silo.AdminPassword + "\n");
        Assert.True(login.ExitCode == 0, $"login: {login}");
    }

    /// <summary>
    /// Runs one command to its end. <paramref name="interrupt"/> cancels it as Ctrl-C does; a run
    /// still going after <paramref name="limit"/> (default 60 s) is interrupted too, so a stuck
    /// follow fails the test with exit code 130 and its output instead of hanging it.
    /// </summary>
    public async Task<CliResult> RunAsync(string[] args, string stdin = "", CancellationToken interrupt = default, TimeSpan? limit = null, Action<string>? onOutput = null)
    {
        using var output = new ObservedWriter(onOutput);
        using var error = new StringWriter();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        timeout.CancelAfter(limit ?? TimeSpan.FromSeconds(60));
        var context = new CliContext
        {
            Out = output,
            Error = error,
            In = new StringReader(stdin),
            Environment = name => Environment.GetValueOrDefault(name),
            ConfigDirectory = ConfigDirectory,
            CreateHttpClient = _clients,
            OutputIsTerminal = Terminal,
            InputIsTerminal = false,
            PollInterval = TimeSpan.FromMilliseconds(100),
        };
        var exitCode = await CommuneRadioCommandLine.InvokeAsync(args, context, timeout.Token);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(ConfigDirectory, recursive: true);

    /// <summary>A string writer that tells the test everything written, so it can act mid-run (press Ctrl-C).</summary>
    private sealed class ObservedWriter(Action<string>? onLine) : StringWriter
    {
        public override void Write(string? value)
        {
            base.Write(value);
            onLine?.Invoke(value ?? "");
        }

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            onLine?.Invoke(value ?? "");
        }
    }
}

/// <summary>How a CLI run ended: exit code, standard output and standard error.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
