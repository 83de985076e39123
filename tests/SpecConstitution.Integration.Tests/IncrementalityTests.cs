using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>Each rebuild re-runs exactly what depends on what changed (issue 7).</summary>
[Collection(PackageCollection.Name)]
public class IncrementalityTests(PackageFixture package)
{
    private const string ValidateTarget = "SpecConstitutionValidateSpecs";

    private static bool Ran(CommandResult build, string target) =>
        build.Output.Contains($"Building target \"{target}\" completely", StringComparison.Ordinal) ||
        build.Output.Contains($"Building target \"{target}\" partially", StringComparison.Ordinal);

    private static bool Skipped(CommandResult build, string target) =>
        build.Output.Contains($"Skipping target \"{target}\" because all output files are up-to-date", StringComparison.Ordinal);

    private TestProjectDirectory BuiltProject(string name)
    {
        TestProjectDirectory dir = package.CreateProjectDirectory(name).WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", SpecKitFiles.Program);
        CommandResult first = dir.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        return dir;
    }

    [Fact]
    public void Editing_only_csharp_recompiles_but_does_not_revalidate_specs()
    {
        TestProjectDirectory dir = BuiltProject("edit-cs");
        dir.Write("App/Program.cs", SpecKitFiles.Program + "\n// edited\n");

        CommandResult build = dir.Build("App/App.csproj", "-v:d");

        Assert.True(Skipped(build, ValidateTarget), "ValidateSpecs should be skipped");
        Assert.True(Ran(build, "CoreCompile"), "CoreCompile should run");
    }

    [Fact]
    public void Editing_only_a_spec_revalidates_and_reports_the_new_finding()
    {
        TestProjectDirectory dir = BuiltProject("edit-spec");
        dir.Write("specs/001-quotes/plan.md", SpecKitFiles.Plan + "\n**Storage**: [NEEDS CLARIFICATION: which database?]\n");

        CommandResult build = dir.Build("App/App.csproj", "-v:d");

        Assert.True(Ran(build, ValidateTarget), "ValidateSpecs should run");
        Assert.Contains(build.DiagnosticLines("SC2010"), l => l.Contains("which database?", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_only_the_rules_file_reruns_the_analyzers_with_the_new_severity()
    {
        TestProjectDirectory dir = BuiltProject("edit-rules");
        dir.Write(".specify/memory/constitution.rules.yml", SpecKitFiles.Rules.Replace("severity: warning", "severity: error", StringComparison.Ordinal));

        CommandResult build = dir.Build("App/App.csproj", "-v:d");

        Assert.True(Ran(build, "CoreCompile"), "CoreCompile should run: the rules file is an AdditionalFile");
        Assert.Contains(build.DiagnosticLines("SC1001"), l => l.Contains("error SC1001", StringComparison.Ordinal));
        Assert.NotEqual(0, build.ExitCode);
    }

    [Fact]
    public void Removing_the_rules_file_clears_its_diagnostics()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("remove-rules")
            .WriteSpecKitTree(rules: "rules:\n  - id: x\n    kind: no-such-kind\n")
            .WriteWebProject()
            .Write("App/Program.cs", SpecKitFiles.Program);
        Assert.NotEmpty(dir.Build().DiagnosticLines("SC3003"));

        dir.Delete(".specify/memory/constitution.rules.yml");
        CommandResult build = dir.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.DiagnosticLines("SC3003"));
        Assert.Empty(build.DiagnosticLines("SC1001"));
    }

    [Fact]
    public void Deleting_a_committed_spec_reruns_the_package_targets_and_the_manifest_forgets_it_then_a_no_op_runs_none()
    {
        // Issue 25, class 5: the targets listed only existing inputs, so a deletion changed no timestamp they watch.
        TestProjectDirectory dir = package.CreateProjectDirectory("delete-spec").WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", SpecKitFiles.Program);
        dir.GitCommitAll();
        Assert.True(dir.Build().ExitCode == 0);
        Assert.Contains("\"spec\": true", dir.Read("App/bin/Debug/net10.0/spec-manifest.json"), StringComparison.Ordinal);

        dir.Delete("specs/001-quotes/spec.md");
        CommandResult afterDelete = dir.Build("App/App.csproj", "-v:d");
        CommandResult noOp = dir.Build("App/App.csproj", "-v:d");

        Assert.True(Ran(afterDelete, ValidateTarget), "ValidateSpecs should run after a spec.md is deleted");
        Assert.True(Ran(afterDelete, "SpecConstitutionWriteManifest"), "the manifest should be rewritten after a spec.md is deleted");
        Assert.Contains("\"spec\": false", dir.Read("App/bin/Debug/net10.0/spec-manifest.json"), StringComparison.Ordinal);
        Assert.True(Skipped(noOp, ValidateTarget), "ValidateSpecs should be skipped on the no-op build");
        Assert.True(Skipped(noOp, "SpecConstitutionWriteManifest"), "the manifest target should be skipped on the no-op build");
        Assert.True(Skipped(noOp, "SpecConstitutionVetAdditionalFiles"), "vetting the AdditionalFiles should be skipped on the no-op build");
    }

    [Fact]
    public void A_no_op_rebuild_runs_no_package_target_in_a_repository_without_packed_refs_or_rules_file()
    {
        // A fresh repository has no .git/packed-refs, and a team may keep no rules file: an input that does not exist
        // makes MSBuild rebuild a target every time, so the package must not list either.
        TestProjectDirectory dir = package.CreateProjectDirectory("no-op").WriteSpecKitTree().WriteWebProject().Write("App/Program.cs", SpecKitFiles.Program);
        dir.Delete(".specify/memory/constitution.rules.yml");
        dir.GitCommitAll();
        Assert.False(dir.Exists(".git/packed-refs"));
        Assert.True(dir.Build().ExitCode == 0);

        CommandResult build = dir.Build("App/App.csproj", "-v:d");

        Assert.True(Skipped(build, ValidateTarget), "ValidateSpecs should be skipped");
        Assert.True(Skipped(build, "SpecConstitutionWriteManifest"), "the manifest target should be skipped");
    }
}
