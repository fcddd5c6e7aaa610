using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Bench.Common;

/// <summary>
/// The Release Silo as a child process (its CPU and memory are its own), configured through
/// environment variables as ./run does (with a bootstrap admin whose API token it then uses), on a private HTTP port; its output goes to a log file.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private const string Operator = "bench-admin";
    private static readonly string OperatorPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private readonly Process _process;
    private bool _disposed;

    private SiloProcess(Process process, int port, string log)
    {
        _process = process;
        Log = log;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public static string Dll => Path.Combine(RepositoryRoot.Path, "src", "Silo", "bin", "Release", "net10.0", "CommuneRadio.Silo.dll");

    public HttpClient Http { get; }

    public int Pid => _process.Id;

    public string Log { get; }

    /// <summary>Starts the Silo and signs in; <paramref name="settings"/> adds or overrides configuration (environment names such as <c>Stations__AlertResendAfter</c>).</summary>
    public static async Task<SiloProcess> StartAsync(
        string connectionString, MosquittoBroker broker, string gatewayPassword, string folder, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException($"The Release Silo is not built: dotnet build src/Silo -c Release ({Dll})");
        }

        var port = LoopbackPort.Pick();
        var log = Path.Combine(folder, $"silo-{port}.log");
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet '{Dll}' > '{log}' 2>&1");
        start.Environment["ConnectionStrings__Postgres"] = connectionString;
        start.Environment["Gateway__Host"] = broker.Host;
        start.Environment["Gateway__Port"] = broker.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["Gateway__AdminUsername"] = broker.Options.DynamicSecurityAdminUser;
        start.Environment["Gateway__AdminPassword"] = broker.Options.DynamicSecurityAdminPassword;
        start.Environment["Gateway__Password"] = gatewayPassword;
        start.Environment["Stations__HeartbeatInterval"] = "00:00:30";
        start.Environment["Serilog__LogDirectory"] = Path.Combine(folder, "silo-logs");
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Auth__BootstrapAdmin__Username"] = Operator;
        start.Environment["Auth__BootstrapAdmin__Password"] = OperatorPassword;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var silo = new SiloProcess(Process.Start(start) ?? throw new InvalidOperationException("the Silo did not start"), port, log);
        try
        {
            await silo.WaitHealthyAsync(TimeSpan.FromSeconds(90), cancellationToken);
            await silo.SignInAsync(cancellationToken);
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    public ProcessSample Sample() => ProcessSample.Read(Pid);

    /// <summary>The managed heap after the Silo's last garbage collection (from GET /health).</summary>
    public async Task<long> GcHeapBytesAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync("/health", cancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.GetProperty("gcHeapBytes").GetInt64();
    }

    public async Task<GatewayCounters> GatewayAsync(CancellationToken cancellationToken) =>
        await Http.GetFromJsonAsync<GatewayCounters>("/api/gateway", GatewayCounters.Json, cancellationToken)
        ?? throw new InvalidOperationException("GET /api/gateway answered null");

    /// <summary>SIGTERM, then waits for a graceful stop (SIGKILL after 30 s). A second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Http.Dispose();
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", Pid.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }

    /// <summary>Gets an API token for the bootstrap admin the Silo created at start, and sends it with every request.</summary>
    private async Task SignInAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync("/api/auth/tokens", new { name = "bench", username = Operator, password = OperatorPassword }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the Silo issued no API token: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("token").GetString());
    }

    private async Task WaitHealthyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the Silo exited at start; see {Log}");
            }

            try
            {
                using var response = await Http.GetAsync("/health", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException($"the Silo was not healthy within {limit.TotalSeconds:0} s; see {Log}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
