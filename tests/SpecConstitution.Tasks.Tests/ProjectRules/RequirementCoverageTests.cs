using System.Text.Json;
using SpecConstitution.Reading.Citations;

namespace SpecConstitution.Tasks.Tests.ProjectRules;

/// <summary>Requirement traceability on a real two-project solution (app + xunit tests), run by the real `dotnet msbuild`.</summary>
public class RequirementCoverageTests
{
    private const string Rules = """
        rules:
          - id: requirements-tested
            kind: requirement-coverage
            severity: error
            require: [tests]
        """;

    private const string QuoteLimitsSpec = """
        # Feature Specification: Quote limits

        **Feature Branch**: `001-quote-limits`
        **Status**: Approved

        ## Requirements

        - **FR-001**: System MUST limit quote requests to 100 per minute per API key.
        - **FR-002**: System MUST return 429 with Retry-After when the limit is exceeded.
        - **FR-003**: System MUST log rejected requests.
        """;

    private const string DraftSpec = """
        # Feature Specification: Export

        **Status**: Draft

        ## Requirements

        - **FR-001**: System MUST export quotes as CSV.
        """;

    private static (MSBuildRun Run, string App) Solution(string testsSource, string rules = Rules)
    {
        var run = new MSBuildRun(rules);
        run.Write("specs/001-quote-limits/spec.md", QuoteLimitsSpec);
        run.Write("specs/002-export/spec.md", DraftSpec);
        string app = run.WriteProject("QuotesApi", """
          <PropertyGroup>
            <TargetFramework>net8.0</TargetFramework>
          </PropertyGroup>
        """);
        run.Write("QuotesApi/QuoteLimiter.cs", """
            using SpecConstitution;

            [Requirement("001-quote-limits/FR-001")]
            public sealed class QuoteLimiter
            {
                [Requirement("001-quote-limits/FR-002")]
                public void Reject() { }
            }
            """);
        run.Write("QuotesApi.Tests/QuotesApi.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.9.2" />
                <ProjectReference Include="..\QuotesApi\QuotesApi.csproj" />
              </ItemGroup>
            </Project>
            """);
        run.Write("QuotesApi.Tests/QuoteLimiterTests.cs", testsSource);
        run.Write("Quotes.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "QuotesApi", "QuotesApi\QuotesApi.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "QuotesApi.Tests", "QuotesApi.Tests\QuotesApi.Tests.csproj", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            """);
        return (run, app);
    }

    [Fact]
    public void Untested_requirement_of_an_approved_feature_reports_SC1040_and_fails_the_gate()
    {
        var (run, app) = Solution("""
            using Xunit;
            public class QuoteLimiterTests
            {
                [Fact, Trait("Requirement", "001-quote-limits/FR-001")]
                public void Rejects_the_101st_request() { }

                [Fact]
                [Trait("Requirement", "001-quote-limits/FR-002")]
                public void Sends_retry_after() { }
            }
            """);
        using (run)
        {
            var diagnostics = run.Run(app, target: "SpecConstitutionRequirementCoverage", solution: "Quotes.sln");

            var gap = Assert.Single(diagnostics);
            Assert.Equal(new ReportedDiagnostic("SC1040", "error", "spec.md", 10, 5,
                "001-quote-limits/FR-003 is cited by no test (rule 'requirements-tested')"), gap);

            string dir = Path.Combine(run.Root, "QuotesApi", "obj", "Debug", "net8.0", "specconstitution");
            using JsonDocument matrix = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "requirement-coverage.json")));
            Assert.False(matrix.RootElement.GetProperty("gatePassed").GetBoolean());
            JsonElement fr001 = matrix.RootElement.GetProperty("requirements")[0];
            Assert.Equal("FR-001", fr001.GetProperty("requirement").GetString());
            Assert.Equal(new[] { "QuoteLimiter" }, fr001.GetProperty("code").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(new[] { "QuoteLimiterTests.Rejects_the_101st_request" }, fr001.GetProperty("tests").EnumerateArray().Select(e => e.GetString()));

            string report = File.ReadAllText(Path.Combine(dir, "requirement-coverage.md"));
            Assert.Contains("Gate: **failed** (1 gap(s))", report);
            Assert.Contains("| 001-quote-limits | FR-002 | `QuoteLimiter.Reject` | `QuoteLimiterTests.Sends_retry_after` |", report);
            Assert.Contains("| 001-quote-limits | FR-003 | — | — |", report);
            Assert.Contains("| 002-export (Draft) | FR-001 | — | — |", report);
        }
    }

    [Fact]
    public void Failed_gate_blocks_the_deploy_target_even_when_the_gaps_are_only_warnings()
    {
        var (run, app) = Solution("""
            public class QuoteLimiterTests
            {
                [Xunit.Fact, Xunit.Trait("Requirement", "001-quote-limits/FR-001")]
                public void Rejects_the_101st_request() { }
            }
            """, Rules.Replace("severity: error", "severity: warning"));
        using (run)
        {
            Assert.Equal(2, run.Run(app, target: "SpecConstitutionRequirementCoverage", solution: "Quotes.sln").Count(d => d is { Id: "SC1040", Severity: "warning" }));
            run.Run(app, target: "SpecConstitutionRequirementCoverage;SpecConstitutionRequirementGate", solution: "Quotes.sln");
            Assert.Contains("error SC1040: Deploy blocked: the requirement-coverage gate failed", run.Output);
        }
    }

    [Fact]
    public void Every_requirement_tested_passes_the_gate_and_drafts_are_not_required()
    {
        var (run, app) = Solution("""
            using Xunit;
            [Trait("Requirement", "001-quote-limits/FR-001")]
            public class QuoteLimiterTests
            {
                [Fact, Trait("Requirement", "FR-002"), Trait("Requirement", "FR-003")]
                public void Rejects_and_logs() { }
            }
            """);
        using (run)
        {
            Assert.Empty(run.Run(app, target: "SpecConstitutionRequirementCoverage;SpecConstitutionRequirementGate", solution: "Quotes.sln"));
            Assert.DoesNotContain("Deploy blocked", run.Output);
            string report = File.ReadAllText(Path.Combine(run.Root, "QuotesApi", "obj", "Debug", "net8.0", "specconstitution", "requirement-coverage.md"));
            Assert.Contains("Gate: **passed**", report);
            Assert.Contains("| 001-quote-limits | FR-003 | — | `QuoteLimiterTests.Rejects_and_logs` |", report);
        }
    }

    [Fact]
    public void Scanner_finds_each_citation_shape_with_its_member_and_test_flag()
    {
        var citations = CitationScanner.Scan("T.cs", """
            [SpecConstitution.Requirement("001-a/FR-001")]
            public class Limiter
            {
                // [Requirement("FR-999")] commented out
                [Requirement("FR-002")] public async Task<int> Limit(int n) => n;
                [Test, Property("Requirement", "FR-003")]
                public void NUnitCase() { }
                [TestMethod]
                [TestProperty("Requirement", "FR-004")]
                public void MSTestCase() { }
            }
            """, isTestProject: false);

        Assert.Equal(
            new[]
            {
                ("001-a/FR-001", "Limiter", false, (string?)null),
                ("FR-002", "Limiter.Limit", false, "001-a"),
                ("FR-003", "Limiter.NUnitCase", true, "001-a"),
                ("FR-004", "Limiter.MSTestCase", true, "001-a"),
            },
            citations.Select(c => (c.Cited, c.Member, c.IsTest, c.ClassFeature)));
    }
}
