using System.Text.Json.Nodes;
using SpecConstitution.Tasks.Tests.Build;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Snapshot;

/// <summary>Issue 19's "done when", through the real targets: `dotnet build`, the baseline written, `dotnet build` again.</summary>
public sealed class BaselinedErrorBuildTests
{
    [Fact]
    public void After_the_baseline_accepts_a_spec_error_the_build_passes_and_the_manifests_no_error_findings_gate_passes()
    {
        using var build = new RealBuild();
        build.Directory.Write(".specify/memory/constitution.rules.yml", SpecKitSamples.Rules(extra: "spec-checks:\n  SC2025: error\n"));
        // FR-003 after FR-001: a gap in the numbering (SC2025), an error by spec-checks.
        build.Directory.Write("specs/001-quotes/spec.md", SpecKitSamples.Spec().Replace("**FR-002**", "**FR-003**"));
        var environment = new Dictionary<string, string?>();

        (int failed, string failedOutput) = build.Run(environment, "build", "App/App.csproj", "-nologo", "-v:m");
        Assert.True(failed != 0, failedOutput);
        Assert.Contains("error SC2025", failedOutput);

        // The run that writes the baseline still prints what it accepts (and so still fails on the error), as before.
        (_, string acceptedOutput) = build.Run(environment, "build", "App/App.csproj", "-nologo", "-v:m", "-p:SpecConstitutionWriteBaseline=true");
        Assert.True(File.Exists(build.Directory.File(".specify/spec-baseline.json")), acceptedOutput);
        Assert.Contains("\"id\": \"SC2025\"", File.ReadAllText(build.Directory.File(".specify/spec-baseline.json")), StringComparison.Ordinal);

        (int passed, string passedOutput) = build.Run(environment, "build", "App/App.csproj", "-nologo", "-v:m");
        Assert.True(passed == 0, passedOutput);
        Assert.DoesNotContain("SC2025", passedOutput);
        JsonNode predicate = JsonNode.Parse(File.ReadAllText(build.ManifestPath))!["predicate"]!;
        JsonNode gate = ((JsonArray)predicate["gates"]!["checks"]!).Single(c => (string?)c!["id"] == "no-error-findings")!;
        Assert.True((bool)gate["passed"]!, gate.ToJsonString());
        Assert.Null(predicate["analysis"]!["specFindings"]!["SC2025"]);
        Assert.Equal(1, (int)predicate["analysis"]!["baselined"]!["findings"]!["SC2025"]!["error"]!);
    }
}
