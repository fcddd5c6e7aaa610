using System.Reflection;
using CommuneRadio.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.TestSupport.Runtime;

/// <summary>
/// A grain runtime for a test: a manual clock, captured logs, storage and reminder table of the
/// test's choosing (in memory unless given), started and stopped like the host does.
/// </summary>
public sealed class TestRuntime : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private bool _stopped;

    private TestRuntime(ServiceProvider services, ManualTimeProvider clock, LogCapture logs)
    {
        _services = services;
        Clock = clock;
        Logs = logs;
    }

    public ManualTimeProvider Clock { get; }

    public LogCapture Logs { get; }

    public IServiceProvider Services => _services;

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public GrainRuntime Runtime => _services.GetRequiredService<GrainRuntime>();

    public GrainCatalog Catalog => _services.GetRequiredService<GrainCatalog>();

    /// <summary>
    /// Builds and starts a runtime holding the grain classes of <paramref name="grainAssembly"/>.
    /// <paramref name="configure"/> may register storage (keyed "Default"), a reminder table and
    /// options; what it leaves out is in memory.
    /// </summary>
    public static async Task<TestRuntime> StartAsync(
        Assembly grainAssembly,
        Action<IServiceCollection>? configure = null,
        ManualTimeProvider? clock = null,
        LogCapture? logs = null)
    {
        clock ??= new ManualTimeProvider();
        logs ??= new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(clock);
        services.AddGrainRuntime(grainAssembly);
        configure?.Invoke(services);
        services.TryAddKeyedSingleton<IGrainStorage>(PersistentStateAttribute.DefaultStorage, new InMemoryGrainStorage());
        services.TryAddSingleton<IReminderTable>(new InMemoryReminderTable());
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var runtime = new TestRuntime(provider, clock, logs);
        await runtime.Runtime.StartAsync(CancellationToken.None);
        return runtime;
    }

    /// <summary>Graceful shutdown, as the host does on stop.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await Runtime.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }
}
