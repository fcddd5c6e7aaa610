using System.Reflection;

namespace CommuneRadio.Runtime.Activations;

/// <summary>
/// The grain classes of the registered assemblies, by grain type name and by the grain interfaces
/// they implement. Built once at start; read-only afterwards.
/// </summary>
internal sealed class GrainClassRegistry
{
    private readonly Dictionary<string, GrainClass> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<GrainClass>> _byInterface = [];

    public GrainClassRegistry(IEnumerable<Assembly> assemblies, IServiceProvider services)
    {
        var classes = assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t));
        foreach (var type in classes)
        {
            var grainClass = new GrainClass(type, services);
            if (!_byName.TryAdd(grainClass.Name, grainClass))
            {
                throw new InvalidOperationException(
                    $"Grain classes {_byName[grainClass.Name].Type} and {type} share the grain type name '{grainClass.Name}'; " +
                    "give one a [GrainType] attribute.");
            }

            foreach (var grainInterface in type.GetInterfaces().Where(IsGrainInterface))
            {
                if (!_byInterface.TryGetValue(grainInterface, out var list))
                {
                    _byInterface[grainInterface] = list = [];
                }

                list.Add(grainClass);
            }
        }
    }

    public GrainClass ForInterface(Type grainInterface)
    {
        if (!_byInterface.TryGetValue(grainInterface, out var classes))
        {
            throw new ArgumentException(
                $"No registered grain class implements {grainInterface}. Register its assembly with AddGrainRuntime.",
                nameof(grainInterface));
        }

        return classes.Count == 1
            ? classes[0]
            : throw new ArgumentException(
                $"{grainInterface} is implemented by several grain classes ({string.Join(", ", classes.Select(c => c.Type.Name))}); " +
                "call a more specific interface.",
                nameof(grainInterface));
    }

    public GrainClass ForTypeName(string name) =>
        _byName.TryGetValue(name, out var grainClass)
            ? grainClass
            : throw new ArgumentException($"No grain class has the grain type name '{name}'.", nameof(name));

    private static bool IsGrainInterface(Type type) =>
        typeof(IGrain).IsAssignableFrom(type)
        && type != typeof(IGrain)
        && type != typeof(IGrainWithStringKey)
        && type != typeof(IRemindable);
}
