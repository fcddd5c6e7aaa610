namespace CommuneRadio.Runtime;

/// <summary>
/// Emitted by the code generator on every assembly that declares grain interfaces: names the
/// generated class that registers the assembly's proxies.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class GrainProxyProviderAttribute(Type providerType) : Attribute
{
    public Type ProviderType { get; } = providerType;
}
