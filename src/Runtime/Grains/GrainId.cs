namespace CommuneRadio.Runtime;

/// <summary>
/// The identity of one grain: its grain type name (see <see cref="GrainTypeAttribute"/>) and its key.
/// Printed as <c>type/key</c>, e.g. <c>station/s-17</c>.
/// </summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
