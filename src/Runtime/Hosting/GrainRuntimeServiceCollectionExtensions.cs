using System.Reflection;
using CommuneRadio.Runtime.Activations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Runtime;

public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the grain runtime with the grain classes of <paramref name="grainAssemblies"/>: a
    /// <see cref="GrainCatalog"/>, an <see cref="IGrainFactory"/> and the hosted
    /// <see cref="GrainRuntime"/>. Storage (<see cref="IGrainStorage"/>, keyed by name) and an
    /// <see cref="IReminderTable"/> are registered separately. Settings bind from
    /// <see cref="GrainRuntimeOptions.SectionName"/> when configured through options.
    /// </summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, params Assembly[] grainAssemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var assembly in grainAssemblies)
        {
            services.AddSingleton(new GrainAssembly(assembly));
        }

        services.AddOptions<GrainRuntimeOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new GrainCatalog(
            new GrainClassRegistry(sp.GetServices<GrainAssembly>().Select(g => g.Assembly), sp),
            sp,
            sp.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GrainCatalog>>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<GrainCatalog>().GrainFactory);
        services.TryAddSingleton(sp => new GrainRuntime(
            sp.GetRequiredService<GrainCatalog>(),
            sp.GetRequiredService<IOptions<GrainRuntimeOptions>>().Value,
            sp));
        services.AddHostedService(sp => sp.GetRequiredService<GrainRuntime>());
        return services;
    }

    private sealed record GrainAssembly(Assembly Assembly);
}
