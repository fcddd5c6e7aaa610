using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Providers;

namespace CommuneRadio.TestSupport.Silos;

/// <summary>
/// One Orleans silo in the test process: localhost clustering on free loopback ports, grain state
/// in memory (or in a <see cref="DurableTestGrainStorage"/> that outlives the silo), reminders in
/// memory, a <see cref="ManualTimeProvider"/> as the DI <see cref="TimeProvider"/> (Orleans drives
/// grain timers from it) and logs captured for assertions. Not thread-safe to start and stop
/// concurrently; grain calls through <see cref="Grains"/> are.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private TestSilo(IHost host, ManualTimeProvider clock, LogCapture logs)
    {
        _host = host;
        Clock = clock;
        Logs = logs;
    }

    /// <summary>The Orleans areas whose <see cref="TimeProvider"/> stays the system clock under a test clock.</summary>
    public static IReadOnlyList<string> RealTimeAreas { get; } =
    [
        TimeProviderNames.Messaging,
        TimeProviderNames.SystemTimers,
        TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement,
        TimeProviderNames.GrainDirectory,
        Orleans.Reminders.ReminderTimeProviderNames.Reminders,
    ];

    public ManualTimeProvider Clock { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Starts a silo with the test's services (<paramref name="configure"/>). The grain classes are
    /// found in the assemblies the test project references.
    /// </summary>
    public static async Task<TestSilo> StartAsync(
        Action<IServiceCollection>? configure = null,
        ManualTimeProvider? clock = null,
        LogCapture? logs = null,
        DurableTestGrainStorage? storage = null)
    {
        clock ??= new ManualTimeProvider();
        logs ??= new LogCapture();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug)
            .AddFilter("Orleans", LogLevel.Warning).AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(clock);

        // The manual clock drives grains (their timers and TimeProvider) only; the silo's own loops
        // (messaging, membership, directory, collection, reminders) keep real time, so advancing the
        // clock never runs them inline and a silo starts and stops as it would in production.
        foreach (var key in RealTimeAreas)
        {
            builder.Services.AddKeyedSingleton(key, TimeProvider.System);
        }

        configure?.Invoke(builder.Services);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(LoopbackPort.Pick(), LoopbackPort.Pick(), serviceId: "test", clusterId: "test-" + Guid.NewGuid().ToString("N"));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo.UseInMemoryReminderService();
            if (storage is null)
            {
                silo.AddMemoryGrainStorageAsDefault();
            }
            else
            {
                // A [PersistentState] without a storage name asks for the unkeyed default.
                silo.Services.AddKeyedSingleton<Orleans.Storage.IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, storage);
                silo.Services.AddSingleton<Orleans.Storage.IGrainStorage>(storage);
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host, clock, logs);
    }

    /// <summary>Stops the silo gracefully: every activation is deactivated first.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
