using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CommuneRadio.Runtime.CodeGenerator;

/// <summary>Turns a grain interface symbol into a <see cref="GrainInterfaceModel"/>, noting what cannot be proxied.</summary>
internal static class GrainInterfaceReader
{
    private const string GrainInterface = "global::CommuneRadio.Runtime.IGrain";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static bool IsGrainInterface(INamedTypeSymbol symbol) =>
        symbol.TypeKind == TypeKind.Interface
        && symbol.AllInterfaces.Any(i => i.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == GrainInterface);

    public static GrainInterfaceModel Read(INamedTypeSymbol symbol)
    {
        var diagnostics = new List<GrainDiagnostic>();
        var methods = new List<GrainMethodModel>();
        if (symbol.IsGenericType)
        {
            diagnostics.Add(new GrainDiagnostic($"Grain interface {symbol.Name} must not be generic.", symbol.Locations.FirstOrDefault()));
        }

        foreach (var declaring in new[] { symbol }.Concat(symbol.AllInterfaces))
        {
            foreach (var member in declaring.GetMembers())
            {
                var method = ReadMember(declaring, member, diagnostics);
                if (method is not null)
                {
                    methods.Add(method);
                }
            }
        }

        var fullName = symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var proxyName = "Proxy_" + new string(fullName.Replace("global::", string.Empty)
            .Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        return new GrainInterfaceModel(
            fullName,
            symbol.Name,
            proxyName,
            new EquatableArray<GrainMethodModel>(methods),
            new EquatableArray<GrainDiagnostic>(diagnostics));
    }

    private static GrainMethodModel? ReadMember(INamedTypeSymbol declaring, ISymbol member, List<GrainDiagnostic> diagnostics)
    {
        var location = member.Locations.FirstOrDefault();
        if (member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove })
        {
            return null; // reported on the property or event itself
        }

        if (member is IPropertySymbol or IEventSymbol)
        {
            diagnostics.Add(new GrainDiagnostic(
                $"Grain interface {declaring.Name} declares {member.Name}: grain interfaces hold only methods.", location));
            return null;
        }

        if (member is not IMethodSymbol method || method.IsStatic || !method.IsAbstract)
        {
            return null;
        }

        if (method.IsGenericMethod)
        {
            diagnostics.Add(new GrainDiagnostic($"Grain method {declaring.Name}.{method.Name} must not be generic.", location));
            return null;
        }

        if (method.Parameters.Any(p => p.RefKind != RefKind.None))
        {
            diagnostics.Add(new GrainDiagnostic(
                $"Grain method {declaring.Name}.{method.Name} must not take ref, out or in parameters.", location));
            return null;
        }

        var returnType = method.ReturnType as INamedTypeSymbol;
        var returnName = returnType?.ConstructedFrom.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string? resultType;
        if (returnName == "global::System.Threading.Tasks.Task")
        {
            resultType = null;
        }
        else if (returnName == "global::System.Threading.Tasks.Task<TResult>")
        {
            resultType = returnType!.TypeArguments[0].ToDisplayString(TypeFormat);
        }
        else
        {
            diagnostics.Add(new GrainDiagnostic(
                $"Grain method {declaring.Name}.{method.Name} must return Task or Task<T>.", location));
            return null;
        }

        var parameters = method.Parameters
            .Select(p => new GrainParameterModel(p.Type.ToDisplayString(TypeFormat), Escape(p.Name)));
        return new GrainMethodModel(
            declaring.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            method.Name,
            method.ReturnType.ToDisplayString(TypeFormat),
            resultType,
            new EquatableArray<GrainParameterModel>(parameters));
    }

    private static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
