namespace CommuneRadio.Runtime.CodeGenerator;

/// <summary>One method a proxy implements, with the interface that declares it.</summary>
internal sealed record GrainMethodModel(
    string DeclaringInterface,
    string Name,
    string ReturnType,
    string? ResultType,
    EquatableArray<GrainParameterModel> Parameters);
