using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Benchmarks.Measurements;

namespace SpecConstitution.Reliability.Tests;

/// <summary>
/// The IDE path: every analyzer in the package runs on broken, half-typed code (and on mutated rules and spec
/// files) without throwing. An exception here would be AD0001 in every user's build.
/// </summary>
public class AnalyzerRobustnessTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(SpecConstitution.Analyzers.RulesFileDiagnostics.RulesFileAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly IReadOnlyList<MetadataReference> References = ReferenceAssemblies.Load();

    private const string EveryRuleKind = """
        constitution-version: 1.0.0
        rules:
          - { id: rl, kind: endpoint-rate-limiting, exclude-routes: ["/health*"] }
          - { id: auth, kind: endpoint-authorization }
          - { id: route, kind: endpoint-route, pattern: "^/api/v[0-9]+/" }
          - { id: clock, kind: banned-api, symbols: ["P:System.DateTime.Now", "T:System.Net.WebClient", "N:System.Data.SqlClient"] }
          - { id: layers, kind: layering, from: ["*.Domain*"], must-not-reference: ["*.Infrastructure*"] }
        """;

    private const string ValidProgram = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;
        var app = WebApplication.CreateBuilder(args).Build();
        var api = app.MapGroup("/api/v1").RequireRateLimiting("p");
        api.MapGet("/quotes", () => DateTime.Now).RequireAuthorization();
        app.MapPost("/open", () => "x");
        app.MapControllers().RequireRateLimiting("p");
        app.Run();
        namespace Shop.Domain { public class Order { public Shop.Infrastructure.Db? Db { get; set; } } }
        namespace Shop.Infrastructure { public class Db { } }
        [ApiController, Route("api/v1/[controller]")]
        public class QuotesController : ControllerBase
        {
            [HttpGet("{id}"), EnableRateLimiting("p")]
            public string Get(int id) => id.ToString();
            [HttpPost] public string Post() => "x";
        }
        """;

    public static TheoryData<string> HalfTypedPrograms() => new()
    {
        "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(",
        "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/x\", () => 1).RequireRateLimiting(",
        "var app = WebApplication.CreateBuilder(args).Build();\nvar g = app.MapGroup(\ng.MapGet(\"/a\", () => 1)",
        "var app = WebApplication.CreateBuilder(args).Build()\napp.MapGet(\"/x\" () => 1)\n",
        "app.MapGet(\"/x\", () => 1);",
        "var app = Unknown.Build(); app.MapGet(\"/x\", () => 1); app.MapGroup(null!).MapPost(\"\", null!);",
        "using Microsoft.AspNetCore.Mvc;\npublic class BrokenController : ControllerBase { [HttpGet(] public string Get( => ",
        "using Microsoft.AspNetCore.Mvc;\n[Route(\npublic partial class PController : ControllerBase { public void A() {} }\npublic partial class PController { [NonAction public void B() {} }",
        "static void M(IEndpointRouteBuilder b) => b.MapGet(\"/r\", () => 1); M(M); var x = x;",
        "var app = WebApplication.CreateBuilder(args).Build(); var g = g.MapGroup(\"/loop\"); g.MapGet(\"/a\", () => 1);",
        "#if NEVER\napp.MapGet(\n#endif\nvar app = WebApplication.CreateBuilder(args).Build(); app.MapMethods(\"/m\", new[] { \"GET\" }, () => 1);",
        "[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(null)] class C { }",
    };

    [Theory]
    [MemberData(nameof(HalfTypedPrograms))]
    public async Task Analyzers_do_not_throw_on_half_typed_code(string source)
    {
        Assert.NotEmpty(Analyzers);
        await AssertNoAnalyzerExceptionAsync(source, EveryRuleKind);
    }

    [Fact]
    public void Analyzers_do_not_throw_on_randomly_mutated_programs_and_rules() =>
        Gen.Select(Gen.Int[1, 6], Gen.UInt, Gen.Int[0, 3]).Sample((mutations, salt, which) =>
        {
            string source = which == 0 ? ValidProgram : Mutations.Mutate(ValidProgram, mutations, salt);
            string rules = which == 1 ? Mutations.Mutate(EveryRuleKind, mutations, salt) : EveryRuleKind;
            AssertNoAnalyzerExceptionAsync(source, rules).GetAwaiter().GetResult();
        }, iter: Math.Max(20, FuzzSettings.Iterations / 10), threads: 1);

    private static async Task AssertNoAnalyzerExceptionAsync(string source, string rules)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees =
        [
            CSharpSyntaxTree.ParseText(source, parseOptions, "/repo/App/Program.cs"),
            CSharpSyntaxTree.ParseText("global using System; global using Microsoft.AspNetCore.Builder; global using Microsoft.AspNetCore.Http; global using Microsoft.AspNetCore.Routing;", parseOptions, "/repo/App/Usings.cs"),
        ];
        var compilation = CSharpCompilation.Create("App", trees, References, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var exceptions = new ConcurrentBag<string>();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(
            new InMemoryText("/repo/.specify/memory/constitution.rules.yml", rules),
            new InMemoryText("/repo/.specify/memory/constitution.md", "# C\n\n### I. X\n\n**Version**: 1.0.0 | **Ratified**: 2025-01-01 | **Last Amended**: 2025-01-02\n"),
            new InMemoryText("/repo/specs/001-a/spec.md", Mutations.Mutate(FuzzSettings.SeedDocuments[0], 3, (uint)source.Length)),
            new InMemoryText("/repo/specs/001-a/tasks.md", FuzzSettings.SeedDocuments[1])));
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            options, (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"), concurrentAnalysis: true, logAnalyzerExecutionTime: false));

        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();

        Assert.True(exceptions.IsEmpty, string.Join("\n", exceptions) + "\nsource:\n" + source);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
