using Microsoft.CodeAnalysis;

namespace CommuneRadio.Runtime.CodeGenerator;

/// <summary>A grain interface member the generator cannot proxy.</summary>
internal sealed record GrainDiagnostic(string Message, Location? Location)
{
    public static readonly DiagnosticDescriptor Unsupported = new(
        id: "CRGRAIN001",
        title: "Unsupported grain interface member",
        messageFormat: "{0}",
        category: "CommuneRadio.Runtime",
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
