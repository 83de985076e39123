using System.Text.Json.Nodes;
using SpecConstitution.Checks.Specs;
using SpecConstitution.Model.Rules;
using SpecConstitution.Reading.Rules;
using SpecConstitution.Model.SpecKit;
using SpecConstitution.Reading.Tree;
using SpecConstitution.Tasks.Deploy;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>SC5042, SC2086 and the rules file's 'dependencies:' key: a feature waits until what it depends on is live.</summary>
public sealed class DependenciesLiveTests
{
    private const string PaymentsCommit = "2222222222222222222222222222222222222222";

    private static string Spec(string status = "Complete", string dependsOn = "payments:003-checkout") => $"""
        # Feature Specification: Quotes

        **Feature Branch**: `001-quotes`

        **Status**: {status}

        **Depends On**: {dependsOn}

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST list quotes.
        """;

    /// <summary>What the payments system's deploy step serves: its own spec-manifest.json.</summary>
    public static string LiveManifest(int done, int total, bool gatesPassed = true, string feature = "003-checkout") => new JsonObject
    {
        ["_type"] = SpecConstitution.Reports.Manifest.DeployManifestBuilder.StatementType,
        ["predicateType"] = SpecConstitution.Reports.Manifest.DeployManifestBuilder.PredicateType,
        ["predicate"] = new JsonObject
        {
            ["source"] = new JsonObject { ["commit"] = PaymentsCommit, ["branch"] = "main" },
            ["spec"] = new JsonObject { ["features"] = new JsonArray(new JsonObject { ["id"] = feature, ["tasks"] = new JsonObject { ["done"] = done, ["total"] = total } }) },
            ["gates"] = new JsonObject
            {
                ["passed"] = gatesPassed,
                ["checks"] = new JsonArray(new JsonObject { ["id"] = "no-error-findings", ["enabled"] = true, ["passed"] = gatesPassed, ["reason"] = gatesPassed ? "none" : "findings at error level: SC1001 x1" }),
            },
        },
    }.ToJsonString();

    private static DeployScenario Scenario(string manifestSource, string? liveManifest, string status = "Complete", string dependsOn = "payments:003-checkout") =>
        new(rules: SpecKitSamples.Rules(extra: $"dependencies:\n  payments:\n    manifest: {manifestSource}\n"), arrange: dir =>
        {
            dir.Write("specs/001-quotes/spec.md", Spec(status, dependsOn));
            if (liveManifest != null)
            {
                dir.Write(".specify/memory/payments-manifest.json", liveManifest);
            }
        });

    private static CheckDependenciesLive Check(DeployScenario scenario, RecordingBuildEngine engine) => new()
    {
        BuildEngine = engine,
        ManifestPath = scenario.ManifestPath,
        ProjectDirectory = scenario.ProjectDirectory,
        ProjectFile = scenario.Directory.File("App/App.csproj"),
        TimeoutSeconds = 2,
    };

    [Fact]
    public void Open_tasks_in_the_live_manifest_refuse_with_SC5042_at_the_entry_and_no_request_is_sent()
    {
        using DeployScenario scenario = Scenario("payments-manifest.json", LiveManifest(done: 2, total: 3));
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(Check(scenario, engine).Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("SC5042", error.Code);
        Assert.Contains("feature '001-quotes' depends on 'payments:003-checkout': tasks open: 2 of 3 done", error.Message);
        Assert.Contains(PaymentsCommit, error.Message);
        Assert.Equal(scenario.Directory.File("specs/001-quotes/spec.md"), error.File);
        Assert.Equal(7, error.LineNumber);
        Assert.Equal(17, error.ColumnNumber);

        // The failed gate is in the manifest: the trigger refuses it (SC5010) without a request.
        var deployEngine = new RecordingBuildEngine();
        Assert.False(scenario.Run(scenario.Trigger(deployEngine), deployEngine));
        Assert.Contains(deployEngine.Errors, e => e.Code == "SC5010" && e.Message!.Contains("dependencies-live", StringComparison.Ordinal));
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public void The_same_dependency_done_deploys_and_the_manifest_names_the_commit_its_live_manifest_named()
    {
        using DeployScenario scenario = Scenario("payments-manifest.json", LiveManifest(done: 3, total: 3));
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.True(Check(scenario, engine).Execute(), engine.AllText);

        JsonNode recorded = scenario.Manifest["predicate"]!["dependencies"]![0]!;
        Assert.Equal("payments", (string?)recorded["system"]);
        Assert.Equal("003-checkout", (string?)recorded["dependsOn"]);
        Assert.Equal(PaymentsCommit, (string?)recorded["commit"]);
        Assert.True((bool)recorded["live"]!);
        Assert.Matches("^[0-9a-f]{64}$", (string?)recorded["sha256"]);
        var deployEngine = new RecordingBuildEngine();
        Assert.True(scenario.Run(scenario.Trigger(deployEngine), deployEngine), deployEngine.AllText);
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Theory]
    [InlineData(3, 3, false, "003-checkout", "gates failed in its live manifest")]
    [InlineData(3, 3, true, "004-refunds", "not listed: its live manifest (commit 2222222222222222222222222222222222222222) lists 004-refunds")]
    public void Failed_gates_and_a_feature_not_listed_are_each_named(int done, int total, bool gates, string listed, string expected)
    {
        using DeployScenario scenario = Scenario("payments-manifest.json", LiveManifest(done, total, gates, listed));
        scenario.WriteManifest();
        var engine = new RecordingBuildEngine();

        Assert.False(Check(scenario, engine).Execute());

        Assert.Contains(expected, Assert.Single(engine.Errors, e => e.Code == "SC5042").Message);
    }

    [Fact]
    public void A_live_manifest_served_over_http_on_loopback_is_read_and_a_503_or_a_redirect_to_another_host_is_unreachable()
    {
        using var payments = new FakeApp(200) { Body = LiveManifest(3, 3) };
        using (DeployScenario scenario = Scenario(payments.Url, null))
        {
            scenario.WriteManifest();
            var engine = new RecordingBuildEngine();
            Assert.True(Check(scenario, engine).Execute(), engine.AllText);
            Assert.Empty(payments.Authorizations);
        }

        payments.Body = null;
        payments.Status = 503;
        using (DeployScenario scenario = Scenario(payments.Url, null))
        {
            scenario.WriteManifest();
            var engine = new RecordingBuildEngine();
            Assert.False(Check(scenario, engine).Execute());
            Assert.Contains("manifest unreachable: HTTP 503", Assert.Single(engine.Errors, e => e.Code == "SC5042").Message);
        }

        using var elsewhere = new FakeApp(200) { Body = LiveManifest(3, 3) };
        payments.Status = 302;
        payments.Location = elsewhere.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        using (DeployScenario scenario = Scenario(payments.Url, null))
        {
            scenario.WriteManifest();
            var engine = new RecordingBuildEngine();
            Assert.False(Check(scenario, engine).Execute());
            Assert.Contains("another host; not followed", Assert.Single(engine.Errors, e => e.Code == "SC5042").Message);
            Assert.Equal(0, elsewhere.Requests);
        }
    }

    [Fact]
    public void A_missing_file_is_unreachable_and_a_Draft_feature_is_not_checked()
    {
        using (DeployScenario scenario = Scenario("no-such-manifest.json", null))
        {
            scenario.WriteManifest();
            var engine = new RecordingBuildEngine();
            Assert.False(Check(scenario, engine).Execute());
            Assert.Contains("manifest unreachable: no file at", Assert.Single(engine.Errors, e => e.Code == "SC5042").Message);
        }

        using (DeployScenario scenario = Scenario("no-such-manifest.json", null, status: "Draft"))
        {
            scenario.WriteManifest();
            var engine = new RecordingBuildEngine();
            Assert.True(Check(scenario, engine).Execute(), engine.AllText);
            Assert.Null(scenario.Manifest["predicate"]!["dependencies"]);
        }
    }

    [Fact]
    public void An_unknown_system_and_a_malformed_entry_are_SC2086_at_each_entry()
    {
        using var dir = new TempDirectory("sc-depends");
        SpecKitSamples.WriteTree(dir, SpecKitSamples.Rules(extra: "dependencies:\n  payments:\n    manifest: https://payments.example.com/.well-known/spec-manifest.json\n"));
        dir.Write("specs/001-quotes/spec.md", Spec(dependsOn: "payments:003-checkout, billing:002-invoices, just-a-name"));
        SpecKitTree tree = SpecKitTreeLoader.Load(dir.Path);
        RulesFile rules = RulesFileParser.Parse(dir.File(".specify/memory/constitution.rules.yml"), File.ReadAllText(dir.File(".specify/memory/constitution.rules.yml")));

        var findings = SpecChainChecker.Check(tree, rules).Where(f => f.Id == "SC2086").ToArray();

        Assert.Equal(2, findings.Length);
        Assert.Contains("system 'billing' is not under 'dependencies:'", findings[0].Message);
        Assert.Equal((7, 40), (findings[0].Range.Line, findings[0].Range.Column));
        Assert.Contains("must be '<system>:<feature-id>'", findings[1].Message);
        Assert.Equal((7, 62), (findings[1].Range.Line, findings[1].Range.Column));
    }

    [Theory]
    [InlineData("dependencies:\n  payments:\n    manifest: http://payments.example.com/m.json\n", "SC3004", 3, 15, "plain http")]
    [InlineData("dependencies:\n  payments:\n    url: https://payments.example.com/m.json\n", "SC3002", 3, 5, "Unknown key 'url'")]
    [InlineData("dependencies:\n  payments: https://payments.example.com/m.json\n", "SC3004", 2, 13, "must be a mapping")]
    [InlineData("dependencies: [payments]\n", "SC3004", 1, 15, "must map each system")]
    [InlineData("dependencies:\n  payments:\n    manifest: https://user:secret@payments.example.com/m.json\n", "SC3004", 3, 15, "user name or password")]
    public void The_dependencies_key_is_validated_with_located_SC300x(string yaml, string id, int line, int column, string expected)
    {
        RulesFile rules = RulesFileParser.Parse("rules.yml", "constitution-version: 1.2.0\nrules: []\n" + yaml);

        var finding = Assert.Single(rules.Findings, f => f.Id == id);
        Assert.Contains(expected, finding.Message);
        Assert.Equal((line + 2, column), (finding.Range.Line, finding.Range.Column));
        Assert.Empty(rules.Dependencies);
    }

    [Fact]
    public void A_valid_dependencies_key_names_each_system_and_its_manifest()
    {
        RulesFile rules = RulesFileParser.Parse("rules.yml", "constitution-version: 1.2.0\nrules: []\ndependencies:\n  payments:\n    manifest: https://payments.example.com/.well-known/spec-manifest.json\n  web:\n    manifest: ../web/spec-manifest.json\n");

        Assert.Empty(rules.Findings);
        Assert.Equal("https://payments.example.com/.well-known/spec-manifest.json", rules.Dependencies["payments"].Manifest);
        Assert.Equal("../web/spec-manifest.json", rules.Dependencies["web"].Manifest);
    }
}
