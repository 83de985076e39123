using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using SpecConstitution.Infrastructure.Matching;

namespace SpecConstitution.Reliability.Tests;

/// <summary>
/// Issue 25, class 4: an <c>endpoint-route</c> pattern that backtracks catastrophically. Before, each route timed out
/// after 100 ms and passed silently (0 of 100 reported, +10 s of compile time). Now it is judged in linear time where
/// the runtime can, and otherwise every route it cannot judge is SC1006, paying one timeout (1 s) per compilation.
/// </summary>
public class RoutePatternTimeoutTests
{
    // (a+)+ against a long run of a's that does not end as required: exponential for a backtracking engine.
    private const string Catastrophic = "^/(a+)+$";

    // The same with a lookahead, which RegexOptions.NonBacktracking does not support: it must use the backtracking engine.
    private const string CatastrophicWithLookahead = "^/(?=a)(a+)+$";

    private static readonly string Run = new('a', 28);

    [Fact]
    public void Catastrophic_pattern_reports_all_hundred_non_matching_routes_quickly()
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = Analyze(Catastrophic);

        Assert.Equal(100, diagnostics.Count(d => d.Id == "SC1004"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "SC1006");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Pattern_that_times_out_reports_every_route_it_cannot_judge_and_costs_one_timeout()
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = Analyze(CatastrophicWithLookahead);
        TimeSpan elapsed = watch.Elapsed;

        Diagnostic[] notJudged = diagnostics.Where(d => d.Id == "SC1006").ToArray();
        Assert.Equal(100, notJudged.Length);
        Assert.All(notJudged, d => Assert.Contains("took longer than 1 s", d.GetMessage(), StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id == "SC1004");
        // 100 routes x 1 s would be 100 s; a retired pattern answers at once (the threads already matching may each time out once).
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"took {elapsed}");
    }

    [Fact]
    public void Linear_engine_is_used_where_the_runtime_has_it()
    {
        Assert.True(new RoutePattern(Catastrophic).IsLinear);
        Assert.False(new RoutePattern(CatastrophicWithLookahead).IsLinear);
        Assert.False(new RoutePattern(Catastrophic, allowNonBacktracking: false).IsLinear);
        Assert.Equal(PatternVerdict.DoesNotMatch, new RoutePattern(Catastrophic).Match("/" + Run + "b"));
        Assert.Equal(PatternVerdict.Matches, new RoutePattern(Catastrophic).Match("/" + Run));
    }

    [Fact]
    public void Backtracking_pattern_is_retired_after_its_first_timeout()
    {
        var pattern = new RoutePattern(Catastrophic, allowNonBacktracking: false);
        string route = "/" + Run + "b";
        Assert.Equal(PatternVerdict.Undecided, pattern.Match(route));
        Assert.Equal(route, pattern.RetiredOn);

        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(PatternVerdict.Undecided, pattern.Match(route + i));
        }

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(50), $"took {watch.Elapsed}");
        Assert.Equal(PatternVerdict.Undecided, pattern.Match("/aaa"));
    }

    private static IReadOnlyList<Diagnostic> Analyze(string pattern)
    {
        var program = new StringBuilder("var app = WebApplication.CreateBuilder(args).Build();\n");
        for (int i = 0; i < 100; i++)
        {
            program.Append($"app.MapGet(\"/{Run}b{i}\", () => {i});\n");
        }

        program.Append("app.Run();\n");
        string rules = $"constitution-version: 1.0.0\nrules:\n  - id: shaped\n    kind: endpoint-route\n    pattern: \"{pattern}\"\n";
        return Bounded.Run(() => AnalyzerHarness.Run(program.ToString(), rules), TimeSpan.FromSeconds(60));
    }
}
