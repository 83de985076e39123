using Microsoft.CodeAnalysis.Text;
using SpecConstitution.Analyzers.Configuration;
using SpecConstitution.Analyzers.Endpoints.Rules;
using SpecConstitution.Analyzers.RulesFileDiagnostics;
using SpecConstitution.Analyzers.Tests.Infrastructure;
using SpecConstitution.Analyzers.Tests.RulesFileDiagnostics;
using static SpecConstitution.Analyzers.Tests.Infrastructure.EndpointVerifier;

namespace SpecConstitution.Analyzers.Tests.Configuration;

/// <summary>How analyzers find and cache the rules file: custom paths, parse once per content, hostile input.</summary>
public class ConfigurationLoadingTests
{
    [Fact]
    public void Same_content_is_parsed_once_and_new_content_again()
    {
        var cache = new ContentCache<string>();
        int parses = 0;
        string Parse(string path, SourceText text)
        {
            parses++;
            return text.ToString();
        }

        string first = cache.GetOrAdd("/repo/rules.yml", SourceText.From("rules: []"), Parse);
        string again = cache.GetOrAdd("/repo/rules.yml", SourceText.From("rules: []"), Parse);
        string edited = cache.GetOrAdd("/repo/rules.yml", SourceText.From("rules: [ ]"), Parse);

        Assert.Same(first, again);
        Assert.Equal("rules: [ ]", edited);
        Assert.Equal(2, parses);
    }

    [Fact]
    public async Task Rules_file_at_a_custom_path_is_found_through_the_MSBuild_property()
    {
        var test = Verifier.Analyzer<EndpointRateLimitingAnalyzer>(Verifier.WebUsings + """
            var app = WebApplication.CreateBuilder(args).Build();
            app.UseRateLimiter();
            app.MapGet({|#0:"/q"|}, () => "q");
            """, rules: null);
        test.TestState.AdditionalFiles.Add(("/repo/config/team-rules.yml", Verifier.RateLimitingRules));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            build_property.SpecConstitutionRulesFile = /repo/config/team-rules.yml
            """));
        test.ExpectedDiagnostics.Add(SC1001(0, "GET /q"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Hostile_deeply_nested_yaml_is_refused_with_SC3001_not_a_crash()
    {
        string nested = "rules: " + new string('[', 200) + new string(']', 200);
        var test = Verifier.Analyzer<RulesFileAnalyzer>("public class Empty { }", nested);
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SC3001", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .WithSpan(Verifier.RulesPath, 1, 39, 1, 39)
            .WithArguments("nesting is deeper than 32 levels"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Empty_rules_file_enforces_nothing_and_reports_nothing()
    {
        var test = Verifier.Analyzer<EndpointRateLimitingAnalyzer>(Verifier.WebUsings + """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/q", () => "q");
            """, rules: "");
        await test.RunAsync();
    }
}
