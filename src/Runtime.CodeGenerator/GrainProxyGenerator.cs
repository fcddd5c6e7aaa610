using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CommuneRadio.Runtime.CodeGenerator;

/// <summary>
/// Generates a proxy (a <c>GrainReference</c> subclass) for every grain interface declared in
/// the compilation, and an assembly-level provider the runtime finds them through. Each proxy
/// method hands the runtime a static lambda and the arguments as a value tuple, so a call to an
/// idle grain allocates nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainProxyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var interfaces = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntax, cancellationToken) =>
                    syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, cancellationToken) is INamedTypeSymbol symbol
                    && GrainInterfaceReader.IsGrainInterface(symbol)
                        ? GrainInterfaceReader.Read(symbol)
                        : null)
            .Where(static model => model is not null)
            .Collect();

        context.RegisterSourceOutput(interfaces, static (output, models) =>
        {
            var unique = models
                .GroupBy(m => m!.FullName)
                .Select(g => g.First()!)
                .OrderBy(m => m.FullName, System.StringComparer.Ordinal)
                .ToList();
            foreach (var diagnostic in unique.SelectMany(m => m.Diagnostics))
            {
                output.ReportDiagnostic(Diagnostic.Create(GrainDiagnostic.Unsupported, diagnostic.Location, diagnostic.Message));
            }

            if (unique.Count > 0)
            {
                output.AddSource("GrainProxies.g.cs", ProxyEmitter.Emit(unique));
            }
        });
    }
}
