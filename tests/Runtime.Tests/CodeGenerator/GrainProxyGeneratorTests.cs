using CommuneRadio.Runtime.CodeGenerator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CommuneRadio.Runtime.Tests.CodeGenerator;

public sealed class GrainProxyGeneratorTests
{
    [Fact]
    public void Proxies_compile_for_methods_with_no_one_or_several_parameters_and_inherited_methods()
    {
        var (output, diagnostics) = Generate("""
            using System.Threading.Tasks;
            using CommuneRadio.Runtime;
            namespace Demo;
            public interface IBase : IGrainWithStringKey { Task<string> NameAsync(); }
            public interface IStation : IBase
            {
                Task PingAsync();
                Task<int> SetVolumeAsync(int volume);
                Task<bool> PlayAsync(string itemId, int repeat, System.DateTimeOffset? notBefore, string @event);
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var proxy = output.GetTypeByMetadataName("CommuneRadio.Runtime.Generated.Proxy_Demo_IStation");
        Assert.NotNull(proxy);
        Assert.Contains(proxy.AllInterfaces, i => i.Name == "IBase");
        Assert.NotNull(output.GetTypeByMetadataName("CommuneRadio.Runtime.Generated.Proxy_Demo_IBase"));
    }

    [Fact]
    public void Members_a_proxy_cannot_carry_are_reported_one_by_one()
    {
        var (_, diagnostics) = Generate("""
            using System.Threading.Tasks;
            using CommuneRadio.Runtime;
            namespace Demo;
            public interface IBad : IGrainWithStringKey
            {
                int Count { get; }
                int Sync();
                Task<T> GenericAsync<T>();
                Task RefAsync(ref int value);
                ValueTask ValueAsync();
            }
            """);

        var messages = diagnostics.Where(d => d.Id == "CRGRAIN001").Select(d => d.GetMessage()).ToList();
        Assert.Equal(5, messages.Count);
        Assert.Contains(messages, m => m.Contains("Count") && m.Contains("only methods"));
        Assert.Contains(messages, m => m.Contains("IBad.Sync") && m.Contains("Task or Task<T>"));
        Assert.Contains(messages, m => m.Contains("IBad.GenericAsync") && m.Contains("generic"));
        Assert.Contains(messages, m => m.Contains("IBad.RefAsync") && m.Contains("ref"));
        Assert.Contains(messages, m => m.Contains("IBad.ValueAsync"));
    }

    [Fact]
    public void An_assembly_without_grain_interfaces_gets_no_provider()
    {
        var (output, diagnostics) = Generate("namespace Demo; public interface IPlain { void Run(); }");

        Assert.Empty(diagnostics);
        Assert.Single(output.SyntaxTrees); // only the source: nothing generated
    }

    private static (Compilation Output, IReadOnlyList<Diagnostic> Diagnostics) Generate(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("CommuneRadio.", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(IGrain).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Demo",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new GrainProxyGenerator());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }
}
