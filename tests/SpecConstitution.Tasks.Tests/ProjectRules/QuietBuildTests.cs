namespace SpecConstitution.Tasks.Tests.ProjectRules;

/// <summary>Quiet by default, as MSBuild evaluates the package's targets: test projects and projects without a Spec-Kit tree.</summary>
public class QuietBuildTests
{
    [Fact]
    public void A_test_project_writes_no_manifest_unless_asked_explicitly()
    {
        using var run = new MSBuildRun("rules: []\n");
        string tests = run.WriteProject("App.Tests", "<PropertyGroup><TargetFramework>net8.0</TargetFramework><IsTestProject>true</IsTestProject></PropertyGroup>");
        string asked = run.WriteProject("Asked.Tests", "<PropertyGroup><TargetFramework>net8.0</TargetFramework><IsTestProject>true</IsTestProject><SpecConstitutionWriteManifest>true</SpecConstitutionWriteManifest></PropertyGroup>");
        string app = run.WriteProject("App", "<PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>");

        run.Run(tests, target: "SpecConstitutionWriteManifest");
        run.Run(asked, target: "SpecConstitutionWriteManifest");
        run.Run(app, target: "SpecConstitutionWriteManifest");

        Assert.False(File.Exists(Path.Combine(run.Root, "App.Tests", "bin", "Debug", "net8.0", "spec-manifest.json")), run.Output);
        Assert.True(File.Exists(Path.Combine(run.Root, "Asked.Tests", "bin", "Debug", "net8.0", "spec-manifest.json")), run.Output);
        Assert.True(File.Exists(Path.Combine(run.Root, "App", "bin", "Debug", "net8.0", "spec-manifest.json")), run.Output);
    }

    [Fact]
    public void A_project_without_a_SpecKit_tree_says_nothing_about_gates_at_normal_verbosity()
    {
        using var run = new MSBuildRun("rules: []\n");
        Directory.Delete(Path.Combine(run.Root, ".specify"), recursive: true);
        string app = run.WriteProject("App", "<PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>");

        var diagnostics = run.Run(app, target: "SpecConstitutionValidateSpecs;SpecConstitutionWriteManifest", verbosity: "n");

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("gate", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("FAILED", run.Output);
        Assert.DoesNotContain("no Spec-Kit root", run.Output); // the one message is low importance: -v:d shows it
        Directory.Delete(Path.Combine(run.Root, "App", "obj"), recursive: true); // else the incremental target is skipped
        run.Run(app, target: "SpecConstitutionValidateSpecs;SpecConstitutionWriteManifest", verbosity: "d");
        Assert.Contains("no Spec-Kit root", run.Output);
    }
}
