using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>The package as users install it: PackageReference from a feed, real `dotnet build`, real output.</summary>
[Collection(PackageCollection.Name)]
public class WalkingSkeletonTests(PackageFixture package)
{
    [Fact]
    public void Build_reports_unrated_endpoint_spec_findings_and_writes_the_manifest()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("skeleton")
            .WriteSpecKitTree()
            .Write("specs/002-orphan/tasks.md", "# Tasks: Orphan\n\n- [ ] T001 Do it in App/Orphan.cs\n")
            .WriteWebProject()
            .Write("App/Program.cs", SpecKitFiles.Program);
        string commit = dir.GitCommitAll();

        CommandResult build = dir.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        string sc1001 = Assert.Single(build.DiagnosticLines("SC1001"));
        Assert.True(sc1001.Contains("Program.cs(8,12): warning SC1001: Endpoint 'GET /api/open' has no rate limiting (rule 'endpoints-rate-limited'", StringComparison.Ordinal), sc1001);

        string clarification = Assert.Single(build.DiagnosticLines("SC2010"));
        Assert.True(clarification.Contains(Path.Combine("specs", "001-quotes", "spec.md") + "(12,45,12,97): SpecConstitution warning SC2010:", StringComparison.Ordinal), clarification);
        Assert.Contains("how many requests per minute?", clarification);

        string orphan = Assert.Single(build.DiagnosticLines("SC2002"));
        Assert.Contains(Path.Combine("specs", "002-orphan", "tasks.md") + "(1,1): SpecConstitution warning SC2002:", orphan);
        Assert.DoesNotContain("AD0001", build.Output);

        string manifest = dir.Read("App/bin/Debug/net10.0/spec-manifest.json");
        Assert.Contains("\"_type\": \"https://in-toto.io/Statement/v1\"", manifest);
        Assert.Contains($"\"commit\": \"{commit}\"", manifest);
        Assert.Contains("\"version\": \"1.0.0\"", manifest);
        Assert.Contains("\"id\": \"001-quotes\"", manifest);
        Assert.Contains("\"done\": 2", manifest);
        Assert.Contains("\"total\": 3", manifest);
        Assert.Contains("\"openClarifications\": 1", manifest);
        Assert.Contains("\"name\": \"App.dll\"", manifest);
        Assert.Contains("\"SC1001\": {", manifest);
    }

    [Fact]
    public void Without_a_rules_file_no_endpoint_rule_is_enforced()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("norules")
            .WriteSpecKitTree(rules: null)
            .WriteWebProject()
            .Write("App/Program.cs", SpecKitFiles.Program);

        CommandResult build = dir.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.DiagnosticLines("SC1001"));
        Assert.Single(build.DiagnosticLines("SC2010"));
    }

    [Fact]
    public void Malformed_rules_file_is_a_located_SC3001_not_a_crash()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("badyaml")
            .WriteSpecKitTree(rules: "constitution-version: 1.0.0\nrules:\n  - id: x\n    kind: [unclosed\n")
            .WriteWebProject()
            .Write("App/Program.cs", SpecKitFiles.Program);

        CommandResult build = dir.Build();

        string error = Assert.Single(build.DiagnosticLines("SC3001"));
        Assert.Contains("constitution.rules.yml(", error);
        Assert.Contains("error SC3001", error);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.DoesNotContain("MSB4018", build.Output);
        Assert.DoesNotContain("SC5099", build.Output);
    }

    [Fact]
    public void No_op_rebuild_skips_the_package_targets()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("incremental")
            .WriteSpecKitTree()
            .WriteWebProject()
            .Write("App/Program.cs", SpecKitFiles.Program);
        Assert.Equal(0, dir.Build().ExitCode);

        CommandResult second = dir.Build("App/App.csproj", "-v:d");

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("Skipping target \"SpecConstitutionValidateSpecs\" because all output files are up-to-date", second.Output);
        Assert.Contains("Skipping target \"SpecConstitutionWriteManifest\" because all output files are up-to-date", second.Output);
    }
}
