namespace CommuneRadio.Runtime;

/// <summary>
/// Names a grain class's type in grain ids and storage. Without it the name is the class name
/// without its <c>Grain</c> suffix, lower-cased (<c>StationGrain</c> → <c>station</c>). Stored
/// state is keyed by this name, so renaming a class must keep the attribute's value.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
