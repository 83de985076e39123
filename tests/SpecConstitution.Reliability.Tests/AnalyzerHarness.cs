using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Benchmarks.Measurements;

namespace SpecConstitution.Reliability.Tests;

/// <summary>Runs every analyzer of the package as the compiler would, on one program and a rules file given as AdditionalFile.</summary>
internal static class AnalyzerHarness
{
    public const string RulesPath = "/repo/.specify/memory/constitution.rules.yml";

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(SpecConstitution.Analyzers.RulesFileDiagnostics.RulesFileAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(ReferenceAssemblies.Load);

    /// <summary>The diagnostics of every analyzer; an analyzer exception (AD0001 in a user's build) fails the test.</summary>
    public static ImmutableArray<Diagnostic> Run(string source, string rules)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(source, parseOptions, "/repo/App/Program.cs"),
            CSharpSyntaxTree.ParseText("global using System; global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Http; global using Microsoft.AspNetCore.Routing;", parseOptions, "/repo/App/Usings.cs"),
        ];
        var compilation = CSharpCompilation.Create("App", trees, References.Value, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var exceptions = new ConcurrentBag<string>();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText(RulesPath, rules)));
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            options, (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"), concurrentAnalysis: true, logAnalyzerExecutionTime: false));

        ImmutableArray<Diagnostic> diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();

        Assert.True(exceptions.IsEmpty, string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    /// <summary>1-based line and column where the diagnostic starts.</summary>
    public static (int Line, int Column) Start(Diagnostic diagnostic)
    {
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
