using System.Text.Json.Nodes;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>
/// The human checkpoint (issue 22) against the stand-in DeployHQ: the manifest is written twice by the real task (the
/// live one, then the new one, each from a compiler log holding the SC1090 inventory the analyzer reports), and the
/// trigger decides from the new manifest's blast radius and the approval.
/// </summary>
public sealed class HumanCheckpointTests
{
    private static readonly Endpoint Quotes = new("/api/v1/quotes", "GET", "none", "per-api-key", "Program.cs", 13);
    private static readonly Endpoint Admin = new("/api/v1/admin", "POST", "authorize", "per-api-key", "Program.cs", 20);

    [Fact]
    public void A_new_anonymous_endpoint_gets_a_preview_and_SC5020_with_the_digest_and_nothing_is_queued()
    {
        using var scenario = new DeployScenario();
        WriteLiveAndCurrent(scenario, [Quotes], [Quotes, new("/api/v1/export", "GET", "none", "none", "Program.cs", 25)]);
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        // The digest of the manifest as it would be deployed: the pipeline-fit check records DeployHQ's build configuration first.
        string digest = Sha256(scenario.ManifestPath);
        Assert.Contains("\"buildConfiguration\"", File.ReadAllText(scenario.ManifestPath));

        RecordedRequest post = Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Equal("preview", (string?)post.Deployment!["mode"]);
        Assert.Equal(scenario.Commit, (string?)post.Deployment!["end_revision"]);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("SC5020", error.Code);
        Assert.Contains("anonymous-endpoint-added 'GET /api/v1/export'", error.Message);
        Assert.Contains("-p:SpecConstitutionApproval=" + digest, error.Message);
        string summary = File.ReadAllText(scenario.Directory.File("App/bin/spec-summary.md"));
        Assert.Contains("`anonymous-endpoint-added` | `GET /api/v1/export`", summary);
        Assert.Contains("-p:SpecConstitutionApproval=" + digest, summary);
    }

    [Fact]
    public void The_approval_of_exactly_this_manifest_queues_one_deployment()
    {
        using var scenario = new DeployScenario();
        WriteLiveAndCurrent(scenario, [Quotes], [Quotes, new("/api/v1/export", "GET", "anonymous", "none", "Program.cs", 25)]);
        // As a person does it: the first deploy stops at the checkpoint and names the digest; the second passes it.
        var stopped = new RecordingBuildEngine();
        Assert.False(scenario.Run(scenario.Trigger(stopped), stopped));
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Approval = "sha256:" + Sha256(scenario.ManifestPath).ToUpperInvariant();

        Assert.True(scenario.Run(task, engine), engine.AllText);

        Assert.Equal(["preview", "queue"], scenario.Server.RequestsTo("POST", "/deployments").Select(p => (string?)p.Deployment!["mode"]));
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void An_approval_of_another_manifest_does_not_apply_and_says_so()
    {
        using var scenario = new DeployScenario();
        WriteLiveAndCurrent(scenario, [Admin], [Admin with { Authorization = "anonymous" }]);
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.Approval = new string('0', 64);

        Assert.False(scenario.Run(task, engine));

        Assert.Equal("preview", (string?)Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!["mode"]);
        var error = Assert.Single(engine.Errors);
        Assert.Equal("SC5020", error.Code);
        Assert.Contains("names another manifest", error.Message);
        Assert.Contains("authorization-loosened 'POST /api/v1/admin' (authorization authorize → anonymous", error.Message);
    }

    [Fact]
    public void A_harmless_change_deploys_without_a_checkpoint()
    {
        using var scenario = new DeployScenario();
        WriteLiveAndCurrent(scenario, [Quotes], [Quotes, Admin]);
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Equal("queue", (string?)Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!["mode"]);
        JsonNode radius = scenario.Manifest["predicate"]!["blastRadius"]!;
        Assert.Equal("known", (string?)radius["status"]);
        JsonNode change = Assert.Single(radius["changes"]!.AsArray())!;
        Assert.Equal("endpoint-added", (string?)change["kind"]);
        Assert.False((bool)change["checkpoint"]!);
    }

    [Fact]
    public void Rate_limiting_taken_away_needs_a_person()
    {
        using var scenario = new DeployScenario();
        WriteLiveAndCurrent(scenario, [Quotes], [Quotes with { RateLimiting = "disabled" }]);
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        Assert.Contains("rate-limiting-loosened 'GET /api/v1/quotes' (rate limiting per-api-key → disabled", Assert.Single(engine.Errors).Message);
    }

    [Fact]
    public void An_empty_human_checkpoint_list_in_the_rules_file_turns_the_checkpoint_off()
    {
        using var scenario = new DeployScenario(rules: SpecKitSamples.Rules(extra: "deploy-gates:\n  human-checkpoint: []"));
        WriteLiveAndCurrent(scenario, [Quotes], [Quotes, new("/api/v1/export", "GET", "none", "none", "Program.cs", 25)]);
        var engine = new RecordingBuildEngine();

        Assert.True(scenario.Run(scenario.Trigger(engine), engine), engine.AllText);

        Assert.Equal("queue", (string?)Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!["mode"]);
        Assert.Empty(scenario.Manifest["predicate"]!["blastRadius"]!["checkpointKinds"]!.AsArray());
    }

    [Fact]
    public void Without_a_live_manifest_the_blast_radius_is_unknown_and_deploys_unless_unknown_is_risky()
    {
        using var scenario = new DeployScenario();
        string log = WriteLog(scenario, "current.sarif", [Quotes]);
        scenario.WriteManifest(t => { t.ErrorLog = log + ",version=2.1"; t.EndpointInventory = true; });
        Assert.Equal("unknown", (string?)scenario.Manifest["predicate"]!["blastRadius"]!["status"]);
        var quiet = new RecordingBuildEngine();
        Assert.True(scenario.Run(scenario.Trigger(quiet), quiet), quiet.AllText);
        Assert.Equal("queue", (string?)Assert.Single(scenario.Server.RequestsTo("POST", "/deployments")).Deployment!["mode"]);

        scenario.WriteManifest(t => { t.ErrorLog = log; t.EndpointInventory = true; t.BlastRadiusUnknownIsRisky = true; });
        var engine = new RecordingBuildEngine();

        Assert.False(scenario.Run(scenario.Trigger(engine), engine));

        Assert.Equal("preview", (string?)scenario.Server.RequestsTo("POST", "/deployments")[1].Deployment!["mode"]);
        Assert.Contains("unknown 'blast radius' (no live manifest was given", Assert.Single(engine.Errors).Message);
    }

    [Fact]
    public void A_live_manifest_that_cannot_be_read_is_SC5021_and_the_blast_radius_is_unknown()
    {
        using var scenario = new DeployScenario();
        string log = WriteLog(scenario, "current.sarif", [Quotes]);

        RecordingBuildEngine engine = scenario.WriteManifest(t =>
        {
            t.ErrorLog = log;
            t.EndpointInventory = true;
            t.LiveManifest = "http://example.com/spec-manifest.json";
        });

        var warning = Assert.Single(engine.Warnings, w => w.Code == "SC5021");
        Assert.Contains("plain http", warning.Message);
        JsonNode radius = scenario.Manifest["predicate"]!["blastRadius"]!;
        Assert.Equal("unknown", (string?)radius["status"]);
        Assert.Contains("plain http", (string?)radius["reason"]);

        scenario.WriteManifest(t => { t.ErrorLog = log; t.EndpointInventory = true; t.LiveManifest = scenario.Directory.File("missing.json"); });
        Assert.Contains("no file at", (string?)scenario.Manifest["predicate"]!["blastRadius"]!["reason"]);
    }

    /// <summary>The live manifest from one inventory, then the manifest being deployed from another, compared with it.</summary>
    private static void WriteLiveAndCurrent(DeployScenario scenario, Endpoint[] live, Endpoint[] current)
    {
        string liveLog = WriteLog(scenario, "live.sarif", live);
        scenario.WriteManifest(t => { t.ErrorLog = liveLog; t.EndpointInventory = true; });
        string liveManifest = scenario.Directory.File("live-manifest.json");
        File.Copy(scenario.ManifestPath, liveManifest);
        string currentLog = WriteLog(scenario, "current.sarif", current);
        scenario.WriteManifest(t => { t.ErrorLog = currentLog; t.EndpointInventory = true; t.LiveManifest = liveManifest; });
        Assert.Equal(live.Length, scenario.Manifest["predicate"]!["endpoints"]!.AsArray().Count - (current.Length - live.Length));
    }

    /// <summary>A SARIF 2.1 log shaped as the compiler writes SC1090 (result.properties.customProperties; checked against a real build in the integration tests).</summary>
    private static string WriteLog(DeployScenario scenario, string name, Endpoint[] endpoints)
    {
        var results = new JsonArray();
        foreach (Endpoint e in endpoints)
        {
            string file = scenario.Directory.File("App/" + e.File);
            results.Add(new JsonObject
            {
                ["ruleId"] = "SC1090",
                ["level"] = "note",
                ["message"] = new JsonObject { ["text"] = $"Endpoint '{e.Method} {e.Route}'" },
                ["properties"] = new JsonObject
                {
                    ["warningLevel"] = 1,
                    ["customProperties"] = new JsonObject
                    {
                        ["authorization"] = e.Authorization,
                        ["file"] = file,
                        ["handler"] = "lambda in Program.<top-level>",
                        ["line"] = e.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["methods"] = e.Method,
                        ["rateLimiting"] = e.RateLimiting,
                        ["route"] = e.Route,
                    },
                },
            });
        }

        string path = scenario.Directory.File("obj/" + name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, new JsonObject { ["version"] = "2.1.0", ["runs"] = new JsonArray(new JsonObject { ["results"] = results }) }.ToJsonString());
        return path;
    }

    private static string Sha256(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    private sealed record Endpoint(string Route, string Method, string Authorization, string RateLimiting, string File, int Line);
}
