using System.Text.Json.Nodes;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Snapshot;

/// <summary>
/// Issue 19: the manifest counts the findings ValidateSpecs reported in the build (after options and baseline), and,
/// apart, those the baseline accepted; a baselined finding never fails a gate. The real tasks, in the order the
/// targets run them, handing on through spec-findings.json.
/// </summary>
public sealed class ManifestCountsWhatTheBuildReportedTests
{
    // FR-003 after FR-001: a gap in the numbering (SC2025), raised to error by spec-checks.
    private const string GapSpec = """
        # Feature Specification: Admin

        **Status**: Draft

        ## User Scenarios & Testing

        ## Requirements

        - **FR-001**: System MUST list keys
        - **FR-003**: System MUST audit revocations

        ## Success Criteria
        """;

    [Fact]
    public void A_baselined_error_no_longer_fails_the_manifests_no_error_findings_gate()
    {
        using var scenario = new DeployScenario(rules: SpecKitSamples.Rules(extra: "spec-checks:\n  SC2025: error\n"));
        scenario.Directory.Write("specs/002-admin/spec.md", GapSpec);
        string findings = scenario.Directory.File("App/obj/spec-findings.json");

        // Before the baseline: the build reports the error, the manifest counts it and its gate fails.
        RecordingBuildEngine validated = Validate(scenario, findings);
        Assert.Contains(validated.Errors, e => e.Code == "SC2025");
        scenario.WriteManifest(t => t.FindingsFile = findings);
        Assert.False(Gate(scenario.Manifest, "no-error-findings"));
        Assert.Equal(1, (int)Analysis(scenario.Manifest)["specFindings"]!["SC2025"]!["error"]!);

        // The baseline accepts it: the build no longer reports it, and the manifest agrees.
        Validate(scenario, findings, t => t.WriteBaseline = true);
        validated = Validate(scenario, findings);
        Assert.DoesNotContain(validated.Errors, e => e.Code == "SC2025");
        scenario.WriteManifest(t => t.FindingsFile = findings);
        JsonNode analysis = Analysis(scenario.Manifest);
        Assert.True(Gate(scenario.Manifest, "no-error-findings"), scenario.Manifest.ToJsonString());
        Assert.Null(analysis["specFindings"]!["SC2025"]);
        Assert.Equal(1, (int)analysis["baselined"]!["findings"]!["SC2025"]!["error"]!);
        Assert.Equal(0, (int)analysis["errors"]!);
        string handedOn = analysis.ToJsonString();

        // Called alone (no hand-off), the manifest task applies the same baseline itself and counts the same.
        scenario.WriteManifest();
        Assert.True(Gate(scenario.Manifest, "no-error-findings"));
        Assert.Equal(handedOn, Analysis(scenario.Manifest).ToJsonString());
    }

    [Fact]
    public void A_finding_only_a_custom_vague_word_list_produces_appears_in_the_manifest_exactly_as_printed()
    {
        using var scenario = new DeployScenario();
        scenario.Directory.Write("specs/001-quotes/spec.md", SpecKitSamples.Spec() + "\n- **FR-003**: System MUST feel snappy to every caller.\n");
        string findings = scenario.Directory.File("App/obj/spec-findings.json");

        RecordingBuildEngine validated = Validate(scenario, findings, t => t.VagueWords = "snappy");
        // SC2027 is info: MSBuild has no such level, so it is printed as a message carrying its code (SARIF's "note").
        int printed = validated.Messages.Count(m => m.Code == "SC2027");
        Assert.Equal(1, printed);
        Assert.Contains("snappy", validated.Messages.Single(m => m.Code == "SC2027").Message);

        scenario.WriteManifest(t => t.FindingsFile = findings);
        Assert.Equal(printed, (int)Analysis(scenario.Manifest)["specFindings"]!["SC2027"]!["note"]!);
        int withCustomWords = (int)scenario.Manifest["predicate"]!["spec"]!["features"]![0]!["findings"]!;

        // The default list knows no "snappy": only the build's own options produce the finding.
        scenario.WriteManifest();
        Assert.Null(Analysis(scenario.Manifest)["specFindings"]!["SC2027"]);
        Assert.Equal(withCustomWords - printed, (int)scenario.Manifest["predicate"]!["spec"]!["features"]![0]!["findings"]!);
    }

    [Fact]
    public void A_findings_file_of_another_root_or_an_older_version_is_not_taken_as_the_hand_off()
    {
        using var scenario = new DeployScenario(rules: SpecKitSamples.Rules(extra: "spec-checks:\n  SC2025: error\n"));
        scenario.Directory.Write("specs/002-admin/spec.md", GapSpec);
        string findings = scenario.Directory.Write("App/obj/spec-findings.json", """{"findings":[],"root":"/elsewhere"}""");

        RecordingBuildEngine engine = scenario.WriteManifest(t => t.FindingsFile = findings);

        // The version-1 file says nothing of this tree: the task checks the specs itself and still sees the error.
        Assert.False(Gate(scenario.Manifest, "no-error-findings"));
        Assert.Contains("checking the specs here", engine.AllText);
    }

    private static RecordingBuildEngine Validate(DeployScenario scenario, string findingsFile, Action<ValidateSpecs>? configure = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new ValidateSpecs { BuildEngine = engine, ProjectDirectory = scenario.ProjectDirectory, FindingsFile = findingsFile };
        configure?.Invoke(task);
        task.Execute();
        return engine;
    }

    private static JsonNode Analysis(JsonObject manifest) => manifest["predicate"]!["analysis"]!;

    private static bool Gate(JsonObject manifest, string id) =>
        (bool)((JsonArray)manifest["predicate"]!["gates"]!["checks"]!).Single(c => (string?)c!["id"] == id)!["passed"]!;
}
