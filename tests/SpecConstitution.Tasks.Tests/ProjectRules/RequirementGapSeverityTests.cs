namespace SpecConstitution.Tasks.Tests.ProjectRules;

/// <summary>SC1040 takes its severity like every other ID (spec-checks, .editorconfig) and reaches a SARIF log.</summary>
public class RequirementGapSeverityTests
{
    private const string Spec = """
        # Feature Specification: Quote limits

        **Status**: Approved

        ## Requirements

        - **FR-001**: System MUST limit quote requests to 100 per minute per API key.
        """;

    private static (MSBuildRun Run, string App) App(string rules)
    {
        var run = new MSBuildRun(rules);
        run.Write("specs/001-quote-limits/spec.md", Spec);
        string app = run.WriteProject("QuotesApi", "<PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>");
        run.Write("QuotesApi/Limiter.cs", "public sealed class Limiter { }\n");
        return (run, app);
    }

    private static string Rules(string extra = "") => $"""
        rules:
          - id: requirements-tested
            kind: requirement-coverage
            severity: error
        {extra}
        """;

    private static string Sarif(MSBuildRun run) =>
        File.ReadAllText(Path.Combine(run.Root, "QuotesApi", "obj", "Debug", "net8.0", "specconstitution", "requirement-coverage.sarif"));

    [Fact]
    public void Spec_checks_severity_applies_to_SC1040()
    {
        var (run, app) = App(Rules("spec-checks:\n  SC1040: warning"));
        using (run)
        {
            var gap = Assert.Single(run.Run(app, target: "SpecConstitutionRequirementCoverage"));
            Assert.Equal(("SC1040", "warning"), (gap.Id, gap.Severity));
            Assert.Contains("\"ruleId\": \"SC1040\"", Sarif(run));
            Assert.Contains("\"level\": \"warning\"", Sarif(run));
        }
    }

    [Fact]
    public void Editorconfig_severity_wins_over_spec_checks_and_the_nearest_file_wins()
    {
        var (run, app) = App(Rules("spec-checks:\n  SC1040: warning"));
        using (run)
        {
            run.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.SC1040.severity = error\n");
            run.Write("QuotesApi/.editorconfig", "[*]\ndotnet_diagnostic.SC1040.severity = suggestion\n");

            Assert.Empty(run.Run(app, target: "SpecConstitutionRequirementCoverage"));
            Assert.Contains("SC1040", run.Output); // a message now, still located and coded
            Assert.Contains("\"level\": \"note\"", Sarif(run));

            File.Delete(Path.Combine(run.Root, "QuotesApi", ".editorconfig"));
            var gap = Assert.Single(run.Run(app, target: "SpecConstitutionRequirementCoverage"));
            Assert.Equal("error", gap.Severity);
        }
    }

    [Fact]
    public void Editorconfig_none_silences_SC1040_and_leaves_it_out_of_the_SARIF()
    {
        var (run, app) = App(Rules());
        using (run)
        {
            run.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.SC1040.severity = none\n");

            Assert.Empty(run.Run(app, target: "SpecConstitutionRequirementCoverage"));
            Assert.DoesNotContain("SC1040", Sarif(run));
        }
    }
}
