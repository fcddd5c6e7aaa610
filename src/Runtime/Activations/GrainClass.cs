using System.Reflection;
using CommuneRadio.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace CommuneRadio.Runtime.Activations;

/// <summary>
/// What the runtime knows of one grain class: its type name and how to construct it. Constructor
/// parameters marked <see cref="PersistentStateAttribute"/> get state bound to the activation;
/// every other parameter comes from the service provider.
/// </summary>
internal sealed class GrainClass
{
    private readonly ConstructorInfo _constructor;
    private readonly Func<Activation, object?>[] _arguments;

    public GrainClass(Type type, IServiceProvider services)
    {
        Type = type;
        Name = type.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? DefaultName(type);
        var constructors = type.GetConstructors();
        _constructor = constructors.Length == 1
            ? constructors[0]
            : throw new InvalidOperationException($"Grain class {type} must have exactly one public constructor.");
        _arguments = _constructor.GetParameters().Select(p => ArgumentSource(p, services)).ToArray();
    }

    public Type Type { get; }

    public string Name { get; }

    public Grain CreateInstance(Activation activation)
    {
        var arguments = new object?[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](activation);
        }

        Grain.Constructing = activation;
        try
        {
            return (Grain)_constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
        }
        finally
        {
            Grain.Constructing = null;
        }
    }

    private static string DefaultName(Type type)
    {
        var name = type.Name.EndsWith("Grain", StringComparison.Ordinal) && type.Name.Length > 5 ? type.Name[..^5] : type.Name;
        return name.ToLowerInvariant();
    }

    private static Func<Activation, object?> ArgumentSource(ParameterInfo parameter, IServiceProvider services)
    {
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } attribute)
        {
            var stateType = parameter.ParameterType.IsGenericType &&
                parameter.ParameterType.GetGenericTypeDefinition() == typeof(IPersistentState<>)
                ? parameter.ParameterType.GetGenericArguments()[0]
                : throw new InvalidOperationException(
                    $"[PersistentState] parameter '{parameter.Name}' of {parameter.Member.DeclaringType} must be IPersistentState<T>.");
            var storage = new Lazy<IGrainStorage>(() =>
                services.GetKeyedService<IGrainStorage>(attribute.StorageName)
                ?? throw new InvalidOperationException(
                    $"No grain storage named '{attribute.StorageName}' is registered (state '{attribute.StateName}' of {parameter.Member.DeclaringType})."));
            return PersistentStateFactory.For(stateType, attribute.StateName, storage);
        }

        var type = parameter.ParameterType;
        return _ => services.GetService(type) ?? (parameter.HasDefaultValue
            ? parameter.DefaultValue
            : throw new InvalidOperationException(
                $"No service of type {type} is registered for parameter '{parameter.Name}' of {parameter.Member.DeclaringType}."));
    }
}
