using System.Text;
using Microsoft.CodeAnalysis;

namespace SpecConstitution.Reliability.Tests;

/// <summary>
/// Issue 25, class 8: beyond its bounds the builder-flow analysis used to judge a truncated path as complete, so an
/// endpoint under 30 nested groups was reported with a route that does not exist, and without the rate limiting its
/// outermost group applies. Now such an endpoint is SC1006 (could not be judged), never a guessed SC1001/SC1004.
/// </summary>
public class BoundedAnalysisTests
{
    private const string Rules = """
        constitution-version: 1.0.0
        rules:
          - { id: limited, kind: endpoint-rate-limiting }
          - { id: versioned, kind: endpoint-route, pattern: "^/g0/" }
        """;

    [Fact]
    public void Endpoint_under_thirty_nested_groups_is_not_judged_on_a_truncated_route()
    {
        var diagnostics = Analyze(groups: 30);

        Assert.DoesNotContain(diagnostics, d => d.Id is "SC1001" or "SC1004");
        Diagnostic[] notJudged = diagnostics.Where(d => d.Id == "SC1006").ToArray();
        Assert.Equal(2, notJudged.Length);
        Assert.All(notJudged, d => Assert.Contains("more than 24 route groups", d.GetMessage(), StringComparison.Ordinal));
        Assert.Contains(notJudged, d => d.GetMessage().Contains("rule 'limited'", StringComparison.Ordinal));
        Assert.Contains(notJudged, d => d.GetMessage().Contains("rule 'versioned'", StringComparison.Ordinal));
    }

    [Fact]
    public void Endpoint_under_ten_nested_groups_is_judged_in_full()
    {
        var diagnostics = Analyze(groups: 10);
        Assert.DoesNotContain(diagnostics, d => d.Id is "SC1001" or "SC1004" or "SC1006");
    }

    [Fact]
    public void Helper_reached_by_more_paths_than_followed_says_so_instead_of_passing()
    {
        // 20 groups map the same helper; only the last one is not rate limited, and it lies beyond the 16 paths followed.
        var program = new StringBuilder("using Microsoft.AspNetCore.RateLimiting;\nvar app = WebApplication.CreateBuilder(args).Build();\n");
        for (int i = 0; i < 20; i++)
        {
            program.Append($"MapX(app.MapGroup(\"/g0/v{i}\"){(i < 19 ? ".RequireRateLimiting(\"p\")" : string.Empty)});\n");
        }

        program.Append("app.Run();\nstatic void MapX(IEndpointRouteBuilder routes) => routes.MapGet(\"/x\", () => 1);\n");
        var diagnostics = Bounded.Run(() => AnalyzerHarness.Run(program.ToString(), Rules), TimeSpan.FromSeconds(60));

        Diagnostic notJudged = Assert.Single(diagnostics, d => d.Id == "SC1006" && d.GetMessage().Contains("rule 'limited'", StringComparison.Ordinal));
        Assert.Contains("reached by more than 16 paths", notJudged.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Convention_beyond_the_search_budget_is_not_reported_as_missing()
    {
        // 3,000 uses of the group before the statement that rate limits it: the search for the convention runs out of
        // steps first. Before, that read as "not applied": a false SC1001 on an endpoint that is rate limited.
        var program = new StringBuilder("using Microsoft.AspNetCore.RateLimiting;\nvar app = WebApplication.CreateBuilder(args).Build();\nvar g = app.MapGroup(\"/g0\");\n");
        program.Append("g.MapGet(\"/x\", () => 1);\n");
        for (int i = 0; i < 3_000; i++)
        {
            program.Append("g.WithTags(\"t\");\n");
        }

        program.Append("g.RequireRateLimiting(\"p\");\napp.Run();\n");
        var diagnostics = Bounded.Run(() => AnalyzerHarness.Run(program.ToString(), Rules), TimeSpan.FromSeconds(60));

        Assert.DoesNotContain(diagnostics, d => d.Id == "SC1001");
        Diagnostic notJudged = Assert.Single(diagnostics, d => d.Id == "SC1006");
        Assert.Contains("rule 'limited'", notJudged.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("took more than 4,096 steps", notJudged.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Controller_convention_beyond_the_search_budget_is_not_reported_as_missing()
    {
        var program = new StringBuilder("using Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.RateLimiting;\nvar app = WebApplication.CreateBuilder(args).Build();\nvar controllers = app.MapControllers();\n");
        for (int i = 0; i < 3_000; i++)
        {
            program.Append("controllers.WithTags(\"t\");\n");
        }

        program.Append("controllers.RequireRateLimiting(\"p\");\napp.Run();\n");
        program.Append("[ApiController, Route(\"g0/orders\")]\npublic class OrdersController : ControllerBase { [HttpGet] public string Get() => \"x\"; }\n");
        var diagnostics = Bounded.Run(() => AnalyzerHarness.Run(program.ToString(), Rules), TimeSpan.FromSeconds(60));

        Assert.DoesNotContain(diagnostics, d => d.Id == "SC1001");
        Diagnostic notJudged = Assert.Single(diagnostics, d => d.Id == "SC1006");
        Assert.Contains("rule 'limited'", notJudged.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Convention_within_the_search_budget_is_found()
    {
        string program = "using Microsoft.AspNetCore.RateLimiting;\nvar app = WebApplication.CreateBuilder(args).Build();\nvar g = app.MapGroup(\"/g0\");\n"
            + "g.MapGet(\"/x\", () => 1);\n" + string.Concat(Enumerable.Repeat("g.WithTags(\"t\");\n", 100)) + "g.RequireRateLimiting(\"p\");\napp.Run();\n";
        var diagnostics = Bounded.Run(() => AnalyzerHarness.Run(program, Rules), TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(diagnostics, d => d.Id is "SC1001" or "SC1004" or "SC1006");
    }

    private static IReadOnlyList<Diagnostic> Analyze(int groups)
    {
        // The outermost group carries the rate limiting and the prefix the route rule requires.
        var chain = new StringBuilder("app.MapGroup(\"/g0\").RequireRateLimiting(\"p\")");
        for (int i = 1; i < groups; i++)
        {
            chain.Append($".MapGroup(\"/g{i}\")");
        }

        string program = "using Microsoft.AspNetCore.RateLimiting;\nvar app = WebApplication.CreateBuilder(args).Build();\n"
            + chain + ".MapGet(\"/x\", () => 1);\napp.Run();\n";
        return Bounded.Run(() => AnalyzerHarness.Run(program, Rules), TimeSpan.FromSeconds(60));
    }
}
