using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Analyzers.Specs;
using SpecConstitution.Analyzers.Tests.Infrastructure;

namespace SpecConstitution.Analyzers.Tests.Specs;

/// <summary>The IDE path: a real compilation runs SpecChainAnalyzer over spec files passed as AdditionalFiles.</summary>
public sealed class SpecChainAnalyzerTests
{
    private const string Root = "/repo";

    [Fact]
    public async Task Spec_findings_appear_on_the_spec_file_in_design_time_builds()
    {
        string spec = Docs.Spec.Replace("per minute per key", "per [NEEDS CLARIFICATION: which window?]");
        ImmutableArray<Diagnostic> diagnostics = await Analyze(specsInCompiler: true, ("specs/001-quotes/spec.md", spec), ("specs/001-quotes/plan.md", Docs.Plan), ("specs/001-quotes/tasks.md", Docs.Tasks));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SC2010", diagnostic.Id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Root + "/specs/001-quotes/spec.md", span.Path);
        Assert.Equal(27, span.StartLinePosition.Line);
        Assert.Contains("which window?", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Cross_file_findings_land_on_the_file_they_belong_to()
    {
        string tasks = Docs.Tasks.Replace("[US2]", "[US7]").Replace("User Story 2 - Operator sees limits (Priority: P2)", "Extras");
        ImmutableArray<Diagnostic> diagnostics = await Analyze(specsInCompiler: true, ("specs/001-quotes/spec.md", Docs.Spec), ("specs/001-quotes/plan.md", Docs.Plan), ("specs/001-quotes/tasks.md", tasks));

        Assert.Equal(Root + "/specs/001-quotes/tasks.md", Assert.Single(diagnostics, d => d.Id == "SC2033").Location.GetLineSpan().Path);
        Assert.Equal(Root + "/specs/001-quotes/spec.md", Assert.Single(diagnostics, d => d.Id == "SC2035").Location.GetLineSpan().Path);
    }

    [Fact]
    public async Task Command_line_builds_leave_spec_findings_to_the_msbuild_task()
    {
        string spec = Docs.Spec.Replace("per minute per key", "per [NEEDS CLARIFICATION: which window?]");
        Assert.Empty(await Analyze(specsInCompiler: false, ("specs/001-quotes/spec.md", spec)));
    }

    [Fact]
    public async Task Baseline_additional_file_silences_recorded_findings()
    {
        string spec = Docs.Spec.Replace("2025-01-01", "[DATE]");
        var finding = Assert.Single(Check.Feature("001-quotes", spec, Docs.Plan, Docs.Tasks));
        string baseline = SpecConstitution.Reports.SpecBaseline.Write(new[] { finding }, Root, (_, line) => spec.Split('\n')[line - 1]);

        Assert.Empty(await Analyze(specsInCompiler: true, ("specs/001-quotes/spec.md", spec), ("specs/001-quotes/plan.md", Docs.Plan), ("specs/001-quotes/tasks.md", Docs.Tasks), (".specify/spec-baseline.json", baseline)));
    }

    [Fact]
    public async Task A_Depends_On_entry_naming_a_system_the_rules_file_does_not_list_is_SC2086_on_the_entry()
    {
        string spec = Docs.Spec.Replace("**Status**: Draft", "**Status**: Draft\n\n**Depends On**: payments:003-checkout, billing:002-invoices");
        const string rules = "constitution-version: 1.0.0\nrules: []\ndependencies:\n  payments:\n    manifest: https://payments.example.com/.well-known/spec-manifest.json\n";
        ImmutableArray<Diagnostic> diagnostics = await Analyze(specsInCompiler: true, ("specs/001-quotes/spec.md", spec), ("specs/001-quotes/plan.md", Docs.Plan), ("specs/001-quotes/tasks.md", Docs.Tasks),
            (".specify/memory/constitution.rules.yml", rules));

        Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == "SC2086");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Root + "/specs/001-quotes/spec.md", span.Path);
        string line = spec.Split('\n')[span.StartLinePosition.Line];
        Assert.Equal("billing:002-invoices", line.Substring(span.StartLinePosition.Character, span.EndLinePosition.Character - span.StartLinePosition.Character));
        Assert.Contains("system 'billing' is not under 'dependencies:' in the rules file (known: payments)", diagnostic.GetMessage());
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(bool specsInCompiler, params (string Path, string Text)[] files)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("App",
            new[] { CSharpSyntaxTree.ParseText("class C { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(Root + "/" + f.Path, f.Text)).ToImmutableArray();
        var globals = new Dictionary<string, string> { [BuildProperties.SpecsInCompiler] = specsInCompiler ? "true" : "false" };
        var options = new AnalyzerOptions(additional, new BuildOptions(globals));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SpecChainAnalyzer()), options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
