using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Tests.Infrastructure;

namespace SpecConstitution.Benchmarks.Measurements;

/// <summary>
/// The IDE path: after a full analysis, one document is edited (rules file unchanged) and only that document is
/// re-analyzed, as the IDE does on a keystroke. The configuration must come from the content cache, not a re-parse.
/// </summary>
public static class IdeAnalyzerBenchmark
{
    public sealed record Result(int Documents, int Diagnostics, double FullAnalysisMilliseconds, double EditedDocumentMilliseconds);

    /// <param name="commandLine">Analyze as <c>dotnet build</c> does (judgements at the compilation's end), not as the IDE.</param>
    public static async Task<Result> RunAsync(string appDirectory, int runs, bool commandLine = false)
    {
        string root = Path.GetDirectoryName(Path.GetFullPath(appDirectory))!;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees = Directory.GetFiles(appDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), parseOptions, f))
            .Append(CSharpSyntaxTree.ParseText(WebImplicitUsings.Source, parseOptions, "GlobalUsings.g.cs"))
            .ToArray();
        var compilation = CSharpCompilation.Create("App", trees, ReferenceAssemblies.Load(), new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        ImmutableArray<DiagnosticAnalyzer> analyzers = typeof(SpecConstitution.Analyzers.Endpoints.Rules.EndpointRateLimitingAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
            .Where(t => Environment.GetEnvironmentVariable("SPECCONSTITUTION_BENCH_ONLY") is not { } only || t.Name == only)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
            new FileText(Path.Combine(root, ".specify", "memory", "constitution.rules.yml")),
            new FileText(Path.Combine(root, ".specify", "memory", "constitution.md"))), Options(commandLine));

        int diagnostics = 0;
        double full = Timing.MedianMilliseconds(runs, () =>
        {
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        });

        SyntaxTree edited = trees.First(t => t.FilePath.EndsWith("Program.cs", StringComparison.Ordinal));
        int edit = 0;
        double single = Timing.MedianMilliseconds(runs, () =>
        {
            // A keystroke: a new tree for one document, a new compilation, the same AdditionalText (unchanged rules).
            SyntaxTree changed = edited.WithChangedText(edited.GetText().WithChanges(new TextChange(new TextSpan(0, 0), $"// edit {edit++}\n")));
            Compilation next = compilation.ReplaceSyntaxTree(edited, changed);
            var withAnalyzers = next.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(next.GetSemanticModel(changed), filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
        });

        if (Environment.GetEnvironmentVariable("SPECCONSTITUTION_BENCH_TELEMETRY") != null)
        {
            // Per-analyzer execution time on a fully bound compilation: what each analyzer itself costs.
            compilation.GetDiagnostics();
            var telemetry = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            await telemetry.GetAnalyzerDiagnosticsAsync();
            foreach (DiagnosticAnalyzer analyzer in analyzers)
            {
                var info = await telemetry.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                Console.WriteLine(FormattableString.Invariant($"analyzer {analyzer.GetType().Name} ms={info.ExecutionTime.TotalMilliseconds:F0}"));
            }
        }

        return new Result(trees.Length, diagnostics, full, single);
    }

    // SPECCONSTITUTION_BENCH_INVENTORY=1 asks for the endpoint inventory too, as CI and deploying builds do.
    private static BuildOptions Options(bool commandLine) =>
        commandLine && Environment.GetEnvironmentVariable("SPECCONSTITUTION_BENCH_INVENTORY") == "1"
            ? BuildOptions.ForBuild(commandLine, ("build_property.SpecConstitutionEndpointInventory", "true"))
            : BuildOptions.ForBuild(commandLine);

    private sealed class FileText(string path) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(File.ReadAllText(path));

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
