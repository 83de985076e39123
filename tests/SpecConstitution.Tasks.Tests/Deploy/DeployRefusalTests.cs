using System.Text.Json.Nodes;
using SpecConstitution.Tasks.Tests.Infrastructure;
using static SpecConstitution.Tasks.Tests.Deploy.TriggerDeployHQTests;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>Every refusal is an SC5xxx error that says which check and why, and not one HTTP request goes out.</summary>
public sealed class DeployRefusalTests
{
    [Fact]
    public void Open_clarification_fails_its_gate_and_the_trigger_refuses_with_SC5010()
    {
        using var scenario = new DeployScenario(clarification: true);
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5010", "'no-open-clarifications'", "001-quotes (1)");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void Unfinished_tasks_of_a_feature_past_Draft_refuse_with_SC5010_tasks_complete()
    {
        using var scenario = new DeployScenario(status: "In Progress", allTasksDone: false);
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5010", "'tasks-complete'", "001-quotes (2/3 done, status In Progress)");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void Rules_version_drift_refuses_with_SC5010_rules_version_matches()
    {
        using var scenario = new DeployScenario(rules: SpecKitSamples.Rules("1.1.0"));
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5010", "'rules-version-matches'", "1.1.0", "1.2.0");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void Error_level_findings_in_the_compilers_SARIF_log_refuse_with_SC5010_no_error_findings()
    {
        using var scenario = new DeployScenario();
        string sarif = scenario.Directory.Write("App/obj/App.sarif", """
            {"version":"2.1.0","runs":[{"results":[
              {"ruleId":"SC1001","level":"error","message":{"text":"not rate limited"}},
              {"ruleId":"SC1001","level":"error","message":{"text":"not rate limited"}},
              {"ruleId":"SC1002","level":"warning","message":{"text":"no authorization"}},
              {"ruleId":"SC1001","level":"error","suppressions":[{"kind":"inSource"}],"message":{"text":"suppressed"}}]}]}
            """);
        scenario.WriteManifest(t => t.ErrorLog = sarif + ",version=2.1");
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5010", "'no-error-findings'", "SC1001 x2");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void A_requirement_coverage_gap_recorded_in_the_manifest_refuses_with_SC5010()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest(t => t.RequirementCoverageGatePassed = "false");
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5010", "'requirement-coverage'", "SC1040");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void Every_failed_gate_is_reported_not_just_the_first()
    {
        using var scenario = new DeployScenario(rules: SpecKitSamples.Rules("1.0.0"), clarification: true);
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        Assert.Equal(2, engine.Errors.Count(e => e.Code == "SC5010"));
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void A_manifest_of_another_commit_refuses_with_SC5011()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Directory.Write("specs/001-quotes/notes.md", "later work\n");
        string head = GitRepository.CommitAll(scenario.Directory.Path, "later");
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5011", scenario.Commit, head);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void SourceLinks_commit_is_the_HEAD_being_built()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.SourceRevisionId = new string('a', 40);

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5011", "from sourcelink");
    }

    [Fact]
    public void A_manifest_without_a_commit_refuses_with_SC5011()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest(t => t.RulesFile = scenario.Directory.Write(".specify/memory/gates.yml", SpecKitSamples.Rules(extra: "deploy-gates:\n  commit-known: false")));
        scenario.EditManifest(m => m["predicate"]!["source"]!["commit"] = null);
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5011", "no commit");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void Uncommitted_changes_at_deploy_time_refuse_with_SC5012()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        File.AppendAllText(scenario.Directory.File("specs/001-quotes/plan.md"), "\nEdited after the build.\n");
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5012", "differ from the git index");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void A_manifest_written_from_a_dirty_tree_refuses_with_SC5010_and_SC5012()
    {
        using var scenario = new DeployScenario();
        string plan = scenario.Directory.File("specs/001-quotes/plan.md");
        string original = File.ReadAllText(plan);
        File.WriteAllText(plan, original + "dirty\n");
        scenario.WriteManifest();
        File.WriteAllText(plan, original);
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5010", "'clean-tree'", "uncommitted");
        BuildError(engine, "SC5012", "written from a working tree with uncommitted changes");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void A_key_passed_as_an_MSBuild_property_is_refused_with_SC5014_and_not_echoed()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.ApiKey = scenario.Server.ApiKey;

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5014", "SpecConstitutionDeployHQApiKey", task.ApiKeyVariable!, "binary logs");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void A_missing_key_variable_and_settings_are_SC5013_naming_each()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.ApiKeyVariable = "SC_TEST_UNSET_" + Guid.NewGuid().ToString("N");
        task.User = "";
        task.Target = null;
        task.Mode = "deploy-now";

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5013", task.ApiKeyVariable, "SpecConstitutionDeployHQUser", "SpecConstitutionDeployHQTarget", "'deploy-now'");
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void No_manifest_on_disk_is_SC5013()
    {
        using var scenario = new DeployScenario();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5013", "no deploy manifest", "spec-manifest.json");
    }

    [Fact]
    public void A_json_file_that_is_not_our_manifest_is_SC5013()
    {
        using var scenario = new DeployScenario();
        scenario.Directory.Write("App/bin/spec-manifest.json", new JsonObject { ["_type"] = "https://in-toto.io/Statement/v1", ["predicateType"] = "https://slsa.dev/provenance/v1" }.ToJsonString());
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        BuildError(engine, "SC5013", "not a SpecConstitution deploy manifest");
    }

    [Fact]
    public void A_gate_disabled_in_deploy_gates_does_not_block()
    {
        using var scenario = new DeployScenario(rules: SpecKitSamples.Rules(extra: "deploy-gates:\n  no-open-clarifications: false"), clarification: true);
        GitRepository.CommitAll(scenario.Directory.Path, "rules");
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
    }
}
