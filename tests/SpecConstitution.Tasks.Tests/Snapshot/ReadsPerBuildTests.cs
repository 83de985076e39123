using System.Text.RegularExpressions;
using SpecConstitution.Tasks.Tests.Build;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Snapshot;

/// <summary>
/// Issue 19: one build reads a Spec-Kit root once. A real `dotnet build` (node reuse off, one node: the whole build is
/// one process) of a project whose rules run every task that reads the tree: ValidateSpecs, CheckProjectRules,
/// ReportRequirementCoverage and WriteDeployManifest. The tasks log the process's read counts after each run.
/// </summary>
public sealed class ReadsPerBuildTests
{
    private static readonly Regex Counts = new(@"reads in this process: spec tree (\d+), rules file (\d+), deploy-gates alone (\d+), ownership (\d+)");

    [Fact]
    public void One_build_parses_the_tree_and_the_rules_once_and_infers_ownership_once()
    {
        using var build = new RealBuild();
        build.Directory.Write(".specify/memory/constitution.rules.yml", SpecKitSamples.Rules(extra: """
              - id: requirements-traced
                kind: requirement-coverage
                severity: warning
                require: [code]
            deploy-gates:
              clean-tree: false
            """));

        (int exit, string output) = build.Run(new Dictionary<string, string?>(), "build", "App/App.csproj", "-nologo", "-v:detailed", "-m:1");
        Assert.True(exit == 0, output);

        Match[] logged = Counts.Matches(output).ToArray();
        Assert.True(logged.Length >= 4, output); // ValidateSpecs, CheckProjectRules, ReportRequirementCoverage, WriteDeployManifest
        Match last = logged[^1];
        Assert.Equal(("1", "1", "0", "1"), (last.Groups[1].Value, last.Groups[2].Value, last.Groups[3].Value, last.Groups[4].Value));
        Assert.Contains("SC1040", output); // the coverage task really ran and judged the features
        Assert.DoesNotContain("checking the specs here", output); // the manifest took ValidateSpecs' findings, not its own check
    }
}
