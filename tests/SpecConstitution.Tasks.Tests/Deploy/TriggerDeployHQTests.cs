using System.Text;
using System.Text.Json.Nodes;
using SpecConstitution.Diagnostics;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Deploy;

public sealed class TriggerDeployHQTests
{
    [Fact]
    public void Queues_the_manifest_commit_with_DeployHQs_real_request()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);

        Assert.True(scenario.Run(task, engine), engine.AllText);

        RecordedRequest post = Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Equal("/projects/quotes-api/deployments", post.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeDeployHQ.User + ":" + scenario.Server.ApiKey)), post.Authorization);
        Assert.Equal("application/json", post.Accept);
        Assert.StartsWith("application/json", post.ContentType);
        JsonObject body = post.Deployment!;
        Assert.Equal(
            ["branch", "copy_config_files", "end_revision", "mode", "parent_identifier", "run_build_commands", "start_revision", "use_build_cache"],
            body.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(FakeDeployHQ.ServerId, (string?)body["parent_identifier"]);
        Assert.Equal(FakeDeployHQ.LastRevision, (string?)body["start_revision"]);
        Assert.Equal(scenario.Commit, (string?)body["end_revision"]);
        Assert.Equal("main", (string?)body["branch"]);
        Assert.Equal("queue", (string?)body["mode"]);
        Assert.True((bool)body["copy_config_files"]!);
        Assert.True((bool)body["run_build_commands"]!);
        Assert.True((bool)body["use_build_cache"]!);

        string id = (string)scenario.Server.Deployments.Single()["identifier"]!;
        Assert.Equal(id, task.DeploymentIdentifier);
        Assert.Equal("pending", task.DeploymentStatus);
        Assert.Equal(scenario.Server.BaseUrl + "projects/quotes-api/deployments/" + id, task.DeploymentUrl);
        JsonNode report = JsonNode.Parse(File.ReadAllText(scenario.Directory.File("App/bin/spec-deployment.json")))!;
        Assert.Equal(id, (string?)report["deployment"]!["identifier"]);
        Assert.Equal(task.DeploymentUrl, (string?)report["deployment"]!["url"]);
        Assert.Equal("pending", (string?)report["deployment"]!["status"]);
        Assert.Equal(scenario.Commit, (string?)report["commit"]);
        Assert.Contains(engine.Messages, m => m.Message!.Contains(task.DeploymentUrl!, StringComparison.Ordinal));
    }

    [Fact]
    public void Target_named_by_server_group_name_deploys_to_the_groups_uuid()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine, target: "production web"), engine), engine.AllText);

        JsonObject body = Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!;
        Assert.Equal(FakeDeployHQ.GroupId, (string?)body["parent_identifier"]);
        Assert.Equal(FakeDeployHQ.LastRevision, (string?)body["start_revision"]);
        Assert.Single(scenario.Server.RequestsTo("GET", "/servers"));
        Assert.Single(scenario.Server.RequestsTo("GET", "/server_groups"));
    }

    [Fact]
    public void Target_named_by_environment_deploys_to_that_server_and_a_first_deploy_sends_an_empty_start_revision()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine, target: "staging"), engine), engine.AllText);

        JsonObject body = Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!;
        Assert.Equal(FakeDeployHQ.StagingServerId, (string?)body["parent_identifier"]);
        Assert.Equal(string.Empty, (string?)body["start_revision"]);
    }

    [Fact]
    public void An_environment_shared_by_two_targets_is_refused_as_ambiguous_with_SC5015()
    {
        using var scenario = new DeployScenario();
        scenario.Server.Servers.Add(new JsonObject { ["identifier"] = "22222222-2222-2222-2222-222222222222", ["name"] = "web-2", ["environment"] = "production", ["last_revision"] = "" });
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine, target: "production"), engine));

        BuildError(engine, "SC5015", "ambiguous", "web-1", "web-2");
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void An_unknown_target_is_SC5015_listing_what_exists()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine, target: "prod-eu"), engine));

        BuildError(engine, "SC5015", "'prod-eu'", "web-1", "staging-1", "Production web");
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void FullDeploy_sends_an_empty_start_revision()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.FullDeploy = true;

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Equal(string.Empty, (string?)Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!["start_revision"]);
    }

    [Fact]
    public void Preview_mode_asks_DeployHQ_for_a_preview()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Mode = "preview";

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Equal("preview", (string?)Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!["mode"]);
        Assert.Equal("previewing", task.DeploymentStatus);
    }

    [Fact]
    public void Wait_polls_the_deployment_until_completed()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        foreach (string status in new[] { "pending", "running", "running", "completed" })
        {
            scenario.Server.StatusProgression.Enqueue(status);
        }

        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Wait = true;

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Equal("completed", task.DeploymentStatus);
        Assert.Equal(4, scenario.Server.RequestsTo("GET", "/deployments/" + task.DeploymentIdentifier).Count);
        Assert.Contains("\"status\": \"completed\"", File.ReadAllText(scenario.Directory.File("App/bin/spec-deployment.json")));
    }

    [Fact]
    public void Wait_fails_the_build_with_SC5018_when_the_deployment_failed()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.StatusProgression.Enqueue("running");
        scenario.Server.StatusProgression.Enqueue("failed");
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Wait = true;

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5018", task.DeploymentIdentifier!, "'failed'", task.DeploymentUrl!);
    }

    [Fact]
    public void Wait_warns_with_SC5018_when_the_deployment_was_cancelled()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.Server.StatusProgression.Enqueue("cancelled");
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Wait = true;

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Equal("SC5018", Assert.Single(engine.Warnings).Code);
    }

    [Fact]
    public void Wait_gives_up_with_SC5017_when_the_deployment_never_finishes()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Wait = true;
        task.WaitTimeoutMilliseconds = 200;

        Assert.False(scenario.Run(task, engine));

        BuildError(engine, "SC5017", "still 'pending'");
    }

    internal static void BuildError(RecordingBuildEngine engine, string code, params string[] fragments)
    {
        var error = Assert.Single(engine.Errors, e => e.Code == code);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(DiagnosticCatalog.HelpLinkBase + code + ".md", error.HelpLink);
    }
}
