using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Manifest;

public sealed class WriteDeployManifestTests
{
    [Fact]
    public void Two_runs_over_the_same_commit_write_the_same_bytes_with_LF_and_a_trailing_newline()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest(t => { t.Configuration = "Release"; t.TargetFramework = "net10.0"; });
        byte[] first = File.ReadAllBytes(scenario.ManifestPath);
        File.Delete(scenario.ManifestPath);
        scenario.WriteManifest(t => { t.Configuration = "Release"; t.TargetFramework = "net10.0"; });
        byte[] second = File.ReadAllBytes(scenario.ManifestPath);

        Assert.Equal(first, second);
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Equal((byte)'\n', first[^1]);
        Assert.NotEqual((byte)'\n', first[^2]);
    }

    [Fact]
    public void No_timestamp_appears_unless_asked_and_then_only_in_runDetails_metadata()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        JsonObject without = scenario.Manifest;
        scenario.WriteManifest(t => t.IncludeTimestamps = true);
        JsonObject with = scenario.Manifest;

        Assert.Empty((JsonObject)without["predicate"]!["runDetails"]!["metadata"]!);
        string finishedOn = (string)with["predicate"]!["runDetails"]!["metadata"]!["finishedOn"]!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", finishedOn);
        with["predicate"]!["runDetails"]!["metadata"] = new JsonObject();
        Assert.True(JsonNode.DeepEquals(without, with));
    }

    [Fact]
    public void Subjects_are_sorted_and_their_digests_are_the_sha256_of_the_shipped_files()
    {
        using var scenario = new DeployScenario();
        string[] files =
        [
            scenario.Directory.Write("App/bin/Zeta.dll", "zeta"),
            scenario.Directory.Write("App/bin/runtimes/linux-x64/native/lib.so", "native"),
            scenario.Directory.File("App/bin/App.dll"),
        ];
        scenario.WriteManifest(t => t.Subjects = files.Select(f => (Microsoft.Build.Framework.ITaskItem)new Microsoft.Build.Utilities.TaskItem(f)).ToArray());

        JsonArray subjects = (JsonArray)scenario.Manifest["subject"]!;
        Assert.Equal(["App.dll", "Zeta.dll", "runtimes/linux-x64/native/lib.so"], subjects.Select(s => (string)s!["name"]!));
        foreach (JsonNode? subject in subjects)
        {
            string file = scenario.Directory.File("App/bin/" + (string)subject!["name"]!);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), (string)subject["digest"]!["sha256"]!);
        }
    }

    [Fact]
    public void The_predicate_records_source_constitution_features_and_the_SLSA_build_part()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest(t => { t.Configuration = "Release"; t.TargetFramework = "net10.0"; t.ProjectFile = scenario.Directory.File("App/App.csproj"); t.RepositoryUrl = "https://github.com/example/quotes"; });
        JsonNode predicate = scenario.Manifest["predicate"]!;

        Assert.Equal(scenario.Commit, (string?)predicate["source"]!["commit"]);
        Assert.Equal("main", (string?)predicate["source"]!["branch"]);
        Assert.False((bool)predicate["source"]!["dirty"]!);
        Assert.Equal("https://github.com/example/quotes", (string?)predicate["source"]!["repository"]);
        Assert.Equal("1.2.0", (string?)predicate["constitution"]!["version"]);
        Assert.Equal("2025-01-01", (string?)predicate["constitution"]!["ratified"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(scenario.Directory.File(".specify/memory/constitution.md")))), (string?)predicate["constitution"]!["sha256"]);

        JsonNode feature = predicate["spec"]!["features"]![0]!;
        Assert.Equal("001-quotes", (string?)feature["id"]);
        Assert.Equal("specs/001-quotes", (string?)feature["path"]);
        Assert.Equal(3, (int)feature["tasks"]!["total"]!);
        Assert.Equal(3, (int)feature["tasks"]!["done"]!);
        Assert.Equal(2, (int)feature["requirements"]!["total"]!);
        Assert.Equal(0, (int)feature["openClarifications"]!);
        Assert.Matches("^[0-9a-f]{64}$", (string)feature["digest"]!["sha256"]!);

        JsonNode build = predicate["buildDefinition"]!;
        Assert.Equal("App/App.csproj", (string?)build["externalParameters"]!["project"]);
        Assert.Equal("Release", (string?)build["externalParameters"]!["configuration"]);
        Assert.Equal("git+https://github.com/example/quotes@refs/heads/main", (string?)build["resolvedDependencies"]![0]!["uri"]);
        Assert.Equal(scenario.Commit, (string?)build["resolvedDependencies"]![0]!["digest"]!["gitCommit"]);
        Assert.Equal("https://spec-constitution.dev/builder/msbuild", (string?)predicate["runDetails"]!["builder"]!["id"]);
        Assert.True((bool)predicate["gates"]!["passed"]!);
    }

    [Fact]
    public void Each_feature_counts_its_own_findings_and_requirement_coverage()
    {
        using var scenario = new DeployScenario();
        // A second feature: FR-001 done, FR-002 cited by an open task, FR-004 after a gap (one SC2025 in its spec.md),
        // and a checklist item under a subfolder of it.
        scenario.Directory.Write("specs/002-admin/spec.md",
            "# Feature Specification: Admin\n\n**Status**: Draft\n\n## User Scenarios & Testing\n\n## Requirements\n\n" +
            "- **FR-001**: System MUST list keys\n- **FR-002**: System MUST revoke keys\n- **FR-004**: System MUST audit revocations\n\n## Success Criteria\n");
        scenario.Directory.Write("specs/002-admin/tasks.md", "- [x] T001 List keys (FR-001) in App/Keys.cs\n- [ ] T002 Revoke (FR-002) in App/Revoke.cs\n");
        scenario.WriteManifest();

        JsonNode features = scenario.Manifest["predicate"]!["spec"]!["features"]!;
        JsonNode admin = features[1]!;
        Assert.Equal("002-admin", (string?)admin["id"]);
        Assert.Equal(3, (int)admin["requirements"]!["total"]!);
        Assert.Equal(2, (int)admin["requirements"]!["covered"]!);
        Assert.Equal(1, (int)admin["requirements"]!["done"]!);

        var findings = SpecChainChecker.Check(SpecKitTreeLoader.Load(scenario.Directory.Path), null);
        int Under(string feature) => findings.Count(f => f.FilePath.StartsWith(scenario.Directory.File("specs/" + feature) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Id == "SC2025" && f.FilePath.EndsWith(Path.Combine("002-admin", "spec.md"), StringComparison.Ordinal));
        Assert.Equal(Under("002-admin"), (int)admin["findings"]!);
        Assert.Equal(Under("001-quotes"), (int)features[0]!["findings"]!);
        Assert.NotEqual(Under("001-quotes"), Under("002-admin"));
    }

    [Fact]
    public void The_feature_digest_changes_when_any_file_of_the_feature_changes()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        string before = (string)scenario.Manifest["predicate"]!["spec"]!["features"]![0]!["digest"]!["sha256"]!;
        File.AppendAllText(scenario.Directory.File("specs/001-quotes/plan.md"), "\nOne more line.\n");
        scenario.WriteManifest();
        string after = (string)scenario.Manifest["predicate"]!["spec"]!["features"]![0]!["digest"]!["sha256"]!;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Analysis_counts_unsuppressed_SARIF_results_per_rule_and_level()
    {
        using var scenario = new DeployScenario();
        string sarif = scenario.Directory.Write("App/obj/App.sarif", """
            {"version":"2.1.0","runs":[{"results":[
              {"ruleId":"SC1001","level":"warning","message":{"text":"a"}},
              {"ruleId":"SC1001","level":"warning","message":{"text":"b"}},
              {"ruleId":"SC1002","level":"error","message":{"text":"c"}},
              {"ruleId":"CS0168","level":"warning","message":{"text":"not ours"}},
              {"ruleId":"SC1001","level":"warning","suppressions":[{"kind":"external"}],"message":{"text":"suppressed"}}]}]}
            """);
        scenario.WriteManifest(t => t.ErrorLog = sarif + ",version=2.1");
        JsonNode analysis = scenario.Manifest["predicate"]!["analysis"]!;

        Assert.Equal(2, (int)analysis["findings"]!["SC1001"]!["warning"]!);
        Assert.Equal(1, (int)analysis["findings"]!["SC1002"]!["error"]!);
        Assert.Null(analysis["findings"]!["CS0168"]);
        Assert.Equal(1, (int)analysis["errors"]!);
        Assert.False((bool)scenario.Manifest["predicate"]!["gates"]!["passed"]!);
    }

    [Fact]
    public void Total_and_errors_count_the_same_findings_analyzers_spec_chain_and_requirement_coverage()
    {
        // A spec-chain error (SC2010 raised by spec-checks), no analyzer finding, and one SC1040 gap in the coverage SARIF.
        using var scenario = new DeployScenario(rules: SpecKitSamples.Rules(extra: "spec-checks:\n  SC2010: error"), clarification: true);
        string matrix = scenario.Directory.Write("App/obj/specconstitution/requirement-coverage.json", "{\"gatePassed\": false, \"requirements\": []}");
        scenario.Directory.Write("App/obj/specconstitution/requirement-coverage.sarif", """
            {"version":"2.1.0","runs":[{"results":[{"ruleId":"SC1040","level":"warning","message":{"text":"001-quotes/FR-002 is cited by no test"}}]}]}
            """);
        scenario.WriteManifest(t => t.RequirementCoverageFile = matrix);
        JsonNode analysis = scenario.Manifest["predicate"]!["analysis"]!;

        Assert.Equal(1, (int)analysis["specFindings"]!["SC2010"]!["error"]!);
        Assert.Equal(1, (int)analysis["findings"]!["SC1040"]!["warning"]!);
        Assert.Equal(1, (int)analysis["errors"]!);
        int Sum(string map) => ((JsonObject)analysis[map]!).Sum(id => ((JsonObject)id.Value!).Sum(level => (int)level.Value!));
        Assert.Equal(Sum("findings") + Sum("specFindings"), (int)analysis["total"]!);
        Assert.Equal((int)analysis["total"]!, (int)analysis["constitutionFindings"]!);
    }

    [Fact]
    public void Gates_are_all_reported_with_reasons_and_a_Draft_feature_may_have_open_tasks()
    {
        using var scenario = new DeployScenario(status: "Draft", allTasksDone: false);
        scenario.WriteManifest();
        JsonArray checks = (JsonArray)scenario.Manifest["predicate"]!["gates"]!["checks"]!;

        Assert.Equal(["clean-tree", "commit-known", "no-error-findings", "no-open-clarifications", "rules-version-matches", "subjects-present", "tasks-complete"], checks.Select(c => (string)c!["id"]!));
        Assert.All(checks, c => Assert.True((bool)c!["passed"]!, (string)c!["reason"]!));
        Assert.All(checks, c => Assert.False(string.IsNullOrWhiteSpace((string)c!["reason"]!)));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void The_requirement_coverage_verdict_becomes_a_gate_when_the_build_computed_one(string verdict, bool passed)
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest(t => t.RequirementCoverageGatePassed = verdict);
        JsonNode gates = scenario.Manifest["predicate"]!["gates"]!;

        JsonNode coverage = ((JsonArray)gates["checks"]!).Single(c => (string)c!["id"]! == "requirement-coverage")!;
        Assert.Equal(passed, (bool)coverage["passed"]!);
        Assert.Equal(passed, (bool)gates["passed"]!);
    }

    [Fact]
    public void Outside_git_the_clean_tree_gate_fails_because_it_cannot_be_checked()
    {
        using var dir = new TempDirectory();
        SpecKitSamples.WriteTree(dir);
        string subject = dir.Write("App/bin/App.dll", "bytes");
        var engine = new RecordingBuildEngine();
        var task = new WriteDeployManifest
        {
            BuildEngine = engine,
            ProjectDirectory = dir.File("App"),
            ManifestPath = dir.File("App/bin/spec-manifest.json"),
            Subjects = [new Microsoft.Build.Utilities.TaskItem(subject)],
            SubjectsDirectory = dir.File("App/bin"),
            SourceRevisionId = new string('c', 40),
        };

        Assert.True(task.Execute(), engine.AllText);

        Assert.False(task.GatesPassed);
        JsonNode manifest = JsonNode.Parse(File.ReadAllText(task.ManifestPath))!;
        Assert.Null((bool?)manifest["predicate"]!["source"]!["dirty"]);
        JsonNode clean = ((JsonArray)manifest["predicate"]!["gates"]!["checks"]!).Single(c => (string)c!["id"]! == "clean-tree")!;
        Assert.False((bool)clean["passed"]!);
        Assert.Contains("could not be checked", (string)clean["reason"]!);
        Assert.Equal("sourcelink", (string?)manifest["predicate"]!["source"]!["commitOrigin"]);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("deploy gate 'clean-tree' FAILED", StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_is_replaced_atomically_and_leaves_no_temp_file()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.WriteManifest();

        Assert.Equal(["App.dll", "spec-manifest.json", "spec-summary.md"], Directory.GetFiles(scenario.Directory.File("App/bin")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
