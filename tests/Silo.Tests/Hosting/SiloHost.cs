using System.Net.Http.Json;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>
/// A whole Silo in the test process, as the run command starts it: a fresh PostgreSQL database, a
/// private mosquitto with the dynamic-security plugin, the gateway connected to it, the HTTP API
/// behind <see cref="Http"/>, signed in as the bootstrap province admin (<see cref="AdminUsername"/>).
/// <see cref="CreateClientAsync"/> signs in as another operator. <see cref="RestartAsync"/> stops the Silo and starts a new one on the
/// same database and broker — a process restart as far as the Silo can tell.
/// </summary>
public sealed partial class SiloHost : IAsyncDisposable
{
    private readonly SiloHostOptions _options;
    private readonly string _gatewayPassword = Convert.ToHexString(Guid.NewGuid().ToByteArray());
    private readonly string _adminPassword = Convert.ToHexString(Guid.NewGuid().ToByteArray());
    private WebApplicationFactory<Program>? _factory;

    private SiloHost(MosquittoBroker broker, string connectionString, SiloHostOptions options)
    {
        Broker = broker;
        ConnectionString = connectionString;
        _options = options;
    }

    public MosquittoBroker Broker { get; }

    public string ConnectionString { get; }

    /// <summary>The province admin the Silo creates at first start (ProvinceAdmin of every area, with the alert permission).</summary>
    public string AdminUsername => "admin";

    public string AdminPassword => _adminPassword;

    /// <summary>A client of the running Silo's HTTP API signed in (session cookie) as <see cref="AdminUsername"/>; replaced by <see cref="RestartAsync"/>.</summary>
    public HttpClient Http { get; private set; } = null!;

    public IServiceProvider Services => Factory.Services;

    private WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The Silo is not running.");

    /// <summary>A new client signed in as <paramref name="username"/> (session cookie); the caller disposes it.</summary>
    public async Task<HttpClient> CreateClientAsync(string username, string password)
    {
        var client = Factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { username, password });
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"{username} could not sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>A new client that is not signed in; the caller disposes it.</summary>
    public HttpClient CreateAnonymousClient() => Factory.CreateClient();

    public static async Task<SiloHost> StartAsync(string purpose, SiloHostOptions? options = null)
    {
        options ??= new SiloHostOptions();
        var connectionString = await PostgresServer.CreateDatabaseAsync(purpose);
        var broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { DynamicSecurity = true, Persistence = true });
        var host = new SiloHost(broker, connectionString, options);
        try
        {
            await host.StartSiloAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the Silo gracefully and starts a new one against the same database and broker.</summary>
    public async Task RestartAsync()
    {
        await StopSiloAsync();
        await StartSiloAsync();
    }

    public async Task StopSiloAsync()
    {
        await KillProcessAsync();
        if (_factory is { } factory)
        {
            _factory = null;
            Http?.Dispose(); // null when the Silo failed to start
            await factory.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopSiloAsync();
        await Broker.DisposeAsync();
    }

    private async Task StartSiloAsync()
    {
        var settings = Settings();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services =>
            {
                if (_options.Time is { } time)
                {
                    services.Replace(ServiceDescriptor.Singleton(time));
                }
            });
        });
        _factory = factory;
        Http = factory.CreateClient();
        await WaitUntilHealthyAsync(Http);
        var anonymous = Http;
        Http = await CreateClientAsync(AdminUsername, _adminPassword);
        anonymous.Dispose();
    }

    /// <summary>The Silo's configuration for this test: database, broker, accounts, the test's own settings.</summary>
    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = ConnectionString,
            ["Gateway:Host"] = Broker.Host,
            ["Gateway:Port"] = Broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:AdminUsername"] = Broker.Options.DynamicSecurityAdminUser,
            ["Gateway:AdminPassword"] = Broker.Options.DynamicSecurityAdminPassword,
            ["Gateway:Password"] = _gatewayPassword,
            ["Stations:HeartbeatInterval"] = _options.HeartbeatInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Serilog:LogDirectory"] = Path.Combine(Broker.Directory, "silo-logs"),
            ["Auth:BootstrapAdmin:Username"] = AdminUsername,
            ["Auth:BootstrapAdmin:Password"] = _adminPassword,

            // Each Silo its own Orleans ports: test classes run Silos side by side in one process.
            ["Orleans:SiloPort"] = LoopbackPort.Pick().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = LoopbackPort.Pick().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in _options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var response = await http.GetAsync("/health");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The Silo did not become healthy within 30 s: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(50);
        }
    }
}
