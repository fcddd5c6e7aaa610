namespace CommuneRadio.Runtime.CodeGenerator;

/// <summary>What the generator needs of one grain interface: plain strings, compared by value.</summary>
internal sealed record GrainInterfaceModel(
    string FullName,
    string ShortName,
    string ProxyName,
    EquatableArray<GrainMethodModel> Methods,
    EquatableArray<GrainDiagnostic> Diagnostics);
