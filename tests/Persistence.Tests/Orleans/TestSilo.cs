using System.Net;
using System.Net.Sockets;
using CommuneRadio.Persistence.OrleansAdoNet;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>
/// A real in-process silo on loopback with membership, grain state (the default storage, and a
/// storage named <see cref="CollidingStorage"/> whose hashes all collide) and reminders in the
/// test database, configured only through the extensions the Silo uses. The host applies the
/// migrations while starting. Dispose stops it gracefully.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    public const string ServiceId = "communeradio-tests";

    public const string CollidingStorage = "colliding";

    private readonly IHost _host;

    private TestSilo(IHost host, LogCapture logs, string clusterId, int gatewayPort)
    {
        _host = host;
        Logs = logs;
        ClusterId = clusterId;
        GatewayPort = gatewayPort;
    }

    public LogCapture Logs { get; }

    public string ClusterId { get; }

    public int GatewayPort { get; }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestSilo> StartAsync(string connectionString, string clusterId)
    {
        var logs = new LogCapture();
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.UseOrleans(silo => silo
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = clusterId;
                options.ServiceId = ServiceId;
            })
            .ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false)
            .UsePostgresClustering(connectionString)
            .AddPostgresGrainStorageAsDefault(connectionString)
            .AddPostgresGrainStorage(
                CollidingStorage, connectionString, options => options.HashPicker = new StorageHasherPicker([new ConstantHasher()]))
            .UsePostgresReminders(connectionString));
        var host = builder.Build();
        await host.StartAsync().WithTimeout($"silo of cluster {clusterId} started");
        return new TestSilo(host, logs, clusterId, gatewayPort);
    }

    public IGrainStorage Storage(string name) => _host.Services.GetRequiredKeyedService<IGrainStorage>(name);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().WithTimeout($"silo of cluster {ClusterId} stopped");
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
