using System.Collections.Concurrent;
using System.Reflection;

namespace CommuneRadio.Runtime.Proxies;

/// <summary>
/// Proxy constructors by grain interface, loaded from the <see cref="GrainProxyProviderAttribute"/>
/// of the interface's assembly on first use.
/// </summary>
internal static class GrainProxies
{
    private static readonly ConcurrentDictionary<Type, Func<GrainCatalog, GrainId, GrainReference>> Factories = new();
    private static readonly ConcurrentDictionary<Assembly, bool> LoadedAssemblies = new();

    public static Func<GrainCatalog, GrainId, GrainReference> For(Type grainInterface)
    {
        if (Factories.TryGetValue(grainInterface, out var factory))
        {
            return factory;
        }

        LoadedAssemblies.GetOrAdd(grainInterface.Assembly, Load);
        return Factories.TryGetValue(grainInterface, out factory)
            ? factory
            : throw new ArgumentException(
                $"No proxy was generated for {grainInterface}: the project declaring it must reference " +
                "CommuneRadio.Runtime.CodeGenerator as an analyzer.",
                nameof(grainInterface));
    }

    private static bool Load(Assembly assembly)
    {
        var attribute = assembly.GetCustomAttribute<GrainProxyProviderAttribute>();
        if (attribute is not null)
        {
            var provider = (IGrainProxyProvider)Activator.CreateInstance(attribute.ProviderType)!;
            provider.Register(new Registry());
        }

        return true;
    }

    private sealed class Registry : IGrainProxyRegistry
    {
        public void Add<TGrainInterface>(Func<GrainCatalog, GrainId, GrainReference> create)
            where TGrainInterface : IGrain => Factories[typeof(TGrainInterface)] = create;
    }
}
