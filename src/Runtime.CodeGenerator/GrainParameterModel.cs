namespace CommuneRadio.Runtime.CodeGenerator;

internal sealed record GrainParameterModel(string Type, string Name);
