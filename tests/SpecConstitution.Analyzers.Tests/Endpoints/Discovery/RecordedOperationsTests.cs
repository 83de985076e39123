using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SpecConstitution.Analyzers.Endpoints.Discovery;
using SpecConstitution.Analyzers.Tests.Endpoints.Rules;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Discovery;

/// <summary>
/// What a command-line build records from the compiler's operation callbacks answers every lookup exactly as the
/// syntax index plus a semantic model does: the same nodes, in the same order (a walk of the trees in compilation order).
/// </summary>
public sealed class RecordedOperationsTests
{
    private static readonly string[] Files =
    {
        """
        using System;
        class Builder
        {
            public Builder Map(string route) => this;
            public Builder Require(string policy) => this;
            public string Policy { get; set; } = "";
            public Action<Builder>? Configure { get; set; }
        }
        static class Program
        {
            static readonly Builder Shared = new Builder().Map("/field").Require("f");
            static void Main()
            {
                var b = new Builder { Policy = "init" };
                b.Map("/a").Require("x").Map("/nested");
                b.Policy = "assigned";
                b.Policy += "compound";
                b?.Map("/conditional");
                Action<Builder> later = x => x.Map("/lambda").Require(Name());
                string Name() => nameof(Builder.Map);
                Local();
                void Local() { Shared.Map("/local"); }
                b.Configure = y => { y.Policy = "in lambda"; };
            }
        }
        """,
        """
        static class Helpers
        {
            public static Builder MapMore(this Builder b) => b.Map("/more").Require("y");
            static Builder Twice(Builder b) => b.MapMore().MapMore();
        }
        """,
    };

    [Theory]
    [InlineData("Map")]
    [InlineData("Require")]
    [InlineData("MapMore")]
    [InlineData("Map", "Require")]
    [InlineData("Require", "Map", "MapMore")]
    [InlineData("Name")]
    [InlineData("Absent")]
    public async Task Invocations_are_the_nodes_the_syntax_index_finds_in_walk_order(params string[] names)
    {
        (Compilation compilation, RecordedOperations recorded) = await RecordAsync(Files);
        SyntaxIndex index = new SharedSyntaxIndex(compilation).Get(CancellationToken.None);

        IEnumerable<SyntaxNode> expected = index.Invocations(names, CancellationToken.None)
            .Where(node => compilation.GetSemanticModel(node.SyntaxTree).GetOperation(node)?.Kind == OperationKind.Invocation);

        Assert.Equal(expected, recorded.Invocations(names).Select(operation => operation.Syntax));
    }

    [Fact]
    public async Task Assignments_are_the_simple_assignments_the_syntax_index_finds()
    {
        (Compilation compilation, RecordedOperations recorded) = await RecordAsync(Files);
        SyntaxIndex index = new SharedSyntaxIndex(compilation).Get(CancellationToken.None);

        IEnumerable<SyntaxNode> expected = index.Assignments("Policy", CancellationToken.None)
            .Where(node => compilation.GetSemanticModel(node.SyntaxTree).GetOperation(node)?.Kind == OperationKind.SimpleAssignment);

        IReadOnlyList<IOperation> assignments = recorded.Assignments("Policy");
        Assert.Equal(expected, assignments.Select(operation => operation.Syntax));
        Assert.Equal(new[] { "Policy = \"init\"", "b.Policy = \"assigned\"", "y.Policy = \"in lambda\"" }, assignments.Select(a => a.Syntax.ToString()));
    }

    [Fact]
    public async Task Calls_of_framework_methods_are_kept_only_for_the_names_given()
    {
        string[] files = { Files[0], Files[1], "static class Text { static string Tidy(string s) => s.Trim().ToUpperInvariant(); }" };
        (_, RecordedOperations recorded) = await RecordAsync(files);

        Assert.True(recorded.Covers(new[] { "Trim", "Policy" }));
        Assert.False(recorded.Covers(new[] { "Trim", "ToUpperInvariant" }));
        Assert.Single(recorded.Invocations(new[] { "Trim" }));
        Assert.Empty(recorded.Invocations(new[] { "ToUpperInvariant" }));
    }

    [Fact]
    public async Task A_conditional_call_is_not_recorded_as_a_syntax_walk_does_not_index_it()
    {
        (_, RecordedOperations recorded) = await RecordAsync(Files);

        Assert.DoesNotContain(recorded.Invocations(new[] { "Map" }), operation => operation.Syntax.ToString().Contains("/conditional"));
    }

    [Fact]
    public async Task A_recorded_body_answers_every_node_in_it_as_a_semantic_model_does()
    {
        (Compilation compilation, RecordedOperations recorded) = await RecordAsync(Files);

        int asked = 0;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodesAndSelf())
            {
                IOperation? expected = model.GetOperation(node);
                IOperation? found = recorded.OperationOf(node);
                if (found == null)
                {
                    continue;
                }

                asked++;
                Assert.Equal((expected?.Kind, expected?.Syntax), (found.Kind, found.Syntax));
            }
        }

        // The helpers' bodies, the field's initializer and Main (recorded below) answer; a type declaration does not.
        Assert.True(asked > 50, $"only {asked} nodes answered from recorded bodies");
        Assert.Equal(OperationKind.MethodBody, recorded.OperationOf(Declaration(compilation, "Twice"))?.Kind);
        Assert.Null(recorded.OperationOf(compilation.SyntaxTrees.First().GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First()));
    }

    private static SyntaxNode Declaration(Compilation compilation, string method) => compilation.SyntaxTrees
        .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
        .Single(declaration => declaration.Identifier.ValueText == method);

    private static async Task<(Compilation, RecordedOperations)> RecordAsync(string[] files)
    {
        SyntaxTree[] trees = files.Select((file, i) => CSharpSyntaxTree.ParseText(file, path: $"File{i}.cs")).ToArray();
        Compilation compilation = CSharpCompilation.Create(
            "Recorded", trees, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var recorder = new Recorder();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(recorder)).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(diagnostics);
        return (compilation, recorder.Recorded);
    }

#pragma warning disable RS1036, RS1025, RS1026 // a test-only analyzer
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class Recorder : DiagnosticAnalyzer
    {
        // "Policy" is looked up as the framework's GlobalLimiter and FallbackPolicy are; "Map" and "Require" are source methods.
        public RecordedOperations Recorded { get; } = new(new[] { "Policy", "Trim" });

        // An analyzer with no diagnostic it could report is never run.
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(new DiagnosticDescriptor("TEST0001", "Recorder", "Recorder", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true));

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterOperationAction(c => Recorded.Record(c.Operation), OperationKind.Invocation, OperationKind.SimpleAssignment);
                start.RegisterOperationBlockAction(c => Recorded.RecordBody(c.OperationBlocks));
                start.RegisterCompilationEndAction(c => Recorded.Complete(c.Compilation));
            });
        }
    }
#pragma warning restore RS1036, RS1025, RS1026
}
