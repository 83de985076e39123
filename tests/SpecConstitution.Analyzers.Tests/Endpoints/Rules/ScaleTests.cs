using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;
using SpecConstitution.Analyzers.Tests.Endpoints.Discovery;

namespace SpecConstitution.Analyzers.Tests.Endpoints.Rules;

/// <summary>A large app: every endpoint is judged correctly and the analysis stays fast.</summary>
public class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Large_app_with_600_endpoints_reports_exactly_the_unlimited_ones()
    {
        const int Groups = 50;
        var program = new StringBuilder(Verifier.WebUsings).AppendLine("var app = WebApplication.CreateBuilder(args).Build();");
        for (int g = 0; g < Groups; g++)
        {
            // Even groups are rate limited; odd ones are not, except their first endpoint.
            program.AppendLine($"var g{g} = app.MapGroup(\"/api/g{g}\"){(g % 2 == 0 ? ".RequireRateLimiting(\"per-key\")" : string.Empty)};");
            for (int e = 0; e < 8; e++)
            {
                program.AppendLine($"g{g}.MapGet(\"/e{e}\", () => \"{e}\"){(g % 2 == 1 && e == 0 ? ".RequireRateLimiting(\"per-key\")" : string.Empty)};");
            }
        }

        var controllers = new StringBuilder(Verifier.WebUsings);
        for (int c = 0; c < Groups; c++)
        {
            controllers.AppendLine($"[Route(\"api/c{c}\")]{(c % 2 == 0 ? " [EnableRateLimiting(\"per-key\")]" : string.Empty)}");
            controllers.AppendLine($"public class C{c}Controller : ControllerBase {{ [HttpGet(\"a\")] public string A() => \"a\"; [HttpGet(\"b\")] public string B() => \"b\"; [HttpGet(\"c\")] public string C() => \"c\"; [HttpGet(\"d\")] public string D() => \"d\"; }}");
        }

        CSharpCompilation compilation = CSharpCompilation.Create("Large",
            new[] { CSharpSyntaxTree.ParseText(program.ToString(), path: "/app/Program.cs"), CSharpSyntaxTree.ParseText(controllers.ToString(), path: "/app/Controllers.cs") },
            InstalledReferenceAssemblies.AspNetCore,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new RulesText()));
        var clock = Stopwatch.StartNew();
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new EndpointRateLimitingAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        output.WriteLine($"{Groups * 8 + Groups * 4} endpoints analyzed in {clock.ElapsedMilliseconds} ms");

        // Odd groups: 7 unlimited endpoints each; odd controllers: 4 unlimited actions each.
        Assert.Equal((Groups / 2 * 7) + (Groups / 2 * 4), diagnostics.Count(d => d.Id == "SC1001"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"analysis took {clock.Elapsed}");
    }

    private sealed class RulesText : AdditionalText
    {
        public override string Path => Verifier.RulesPath;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Verifier.RateLimitingRules);
    }
}
