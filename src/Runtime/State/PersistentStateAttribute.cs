namespace CommuneRadio.Runtime;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the runtime
/// binds it to state <paramref name="stateName"/> of the grain in storage
/// <paramref name="storageName"/> and reads it before OnActivateAsync.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string storageName = PersistentStateAttribute.DefaultStorage)
    : Attribute
{
    public const string DefaultStorage = "Default";

    public string StateName { get; } = stateName;

    public string StorageName { get; } = storageName;
}
