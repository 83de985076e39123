using Microsoft.Build.Framework;
using SpecConstitution.Diagnostics;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Manifest;

/// <summary>
/// SC5001: an input the manifest reads (the compiler's SARIF log, the requirement-coverage matrix) is not what it
/// should be. The manifest is still written, without what that input would have added, and the warning sits on the input.
/// </summary>
public sealed class ManifestInputTests
{
    [Fact]
    public void An_error_log_that_is_not_sarif_is_SC5001_on_that_file_and_the_manifest_counts_no_analyzer_finding()
    {
        using var scenario = new DeployScenario();
        string errorLog = scenario.Directory.Write("App/obj/App.sarif", "this is not JSON {");

        RecordingBuildEngine engine = scenario.WriteManifest(t => t.ErrorLog = errorLog + ",version=2.1");

        BuildWarningEventArgs warning = Assert.Single(engine.Warnings, w => w.Code == "SC5001");
        Assert.Equal(errorLog, warning.File);
        Assert.Equal(DiagnosticCatalog.ManifestInputUnreadable.HelpLink, warning.HelpLink);
        AssertArguments(warning, errorLog, "it is not a SARIF log; analyzer findings are not counted");
        Assert.Equal(0, (int)scenario.Manifest["predicate"]!["analysis"]!["errors"]!);
    }

    [Fact]
    public void A_coverage_matrix_that_is_not_the_coverage_json_is_SC5001_and_the_manifest_has_no_traceability()
    {
        using var scenario = new DeployScenario();
        string matrix = scenario.Directory.Write("App/obj/requirement-coverage.json", "[1, 2, 3]");

        RecordingBuildEngine engine = scenario.WriteManifest(t => t.RequirementCoverageFile = matrix);

        BuildWarningEventArgs warning = Assert.Single(engine.Warnings, w => w.Code == "SC5001");
        Assert.Equal(matrix, warning.File);
        AssertArguments(warning, matrix, "it is not the requirement-coverage JSON; the traceability matrix is left out of the manifest");
        Assert.DoesNotContain("\"traceability\"", scenario.Manifest.ToJsonString(), StringComparison.Ordinal);
    }

    // MSBuild carries the formatted message only: it must be the catalog's format filled with these arguments.
    private static void AssertArguments(BuildWarningEventArgs warning, params object[] arguments) =>
        Assert.Equal(DiagnosticCatalog.ManifestInputUnreadable.Format(arguments), warning.Message);
}
