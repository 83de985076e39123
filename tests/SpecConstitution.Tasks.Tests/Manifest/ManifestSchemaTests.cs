using System.Diagnostics;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Manifest;

/// <summary>
/// Validates produced manifests against the schema that ships in the package, with a real Draft 2020-12
/// validator (Python's jsonschema, installed on this machine and on CI images).
/// </summary>
public sealed class ManifestSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Root, "docs", "schema", "spec-manifest.schema.json");

    [Theory]
    [InlineData("passing")]
    [InlineData("failing-gates")]
    [InlineData("timestamps")]
    [InlineData("sarif")]
    [InlineData("no-rules-file")]
    [InlineData("requirement-coverage")]
    [InlineData("blast-radius")]
    public void Produced_manifests_validate_against_the_shipped_schema(string variant)
    {
        using var scenario = variant == "failing-gates" ? new DeployScenario(clarification: true, status: "In Progress", allTasksDone: false) : new DeployScenario();
        if (variant == "no-rules-file")
        {
            File.Delete(scenario.Directory.File(".specify/memory/constitution.rules.yml"));
        }

        string sarif = scenario.Directory.Write("App/obj/App.sarif", """{"version":"2.1.0","runs":[{"results":[{"ruleId":"SC1001","level":"warning","message":{"text":"a"}},""" +
            """{"ruleId":"SC1090","level":"note","message":{"text":"e"},"properties":{"customProperties":{"route":"/api/x","methods":"GET","authorization":"none","rateLimiting":"none","handler":"h","file":"/nowhere/Program.cs","line":"3"}}}]}]}""");
        string? live = null;
        if (variant == "blast-radius")
        {
            // The live manifest: no endpoint, so /api/x is an anonymous endpoint added.
            string empty = scenario.Directory.Write("App/obj/Live.sarif", """{"version":"2.1.0","runs":[{"results":[]}]}""");
            scenario.WriteManifest(t => { t.ErrorLog = empty; t.EndpointInventory = true; });
            live = scenario.Directory.File("live.json");
            File.Copy(scenario.ManifestPath, live);
        }

        string matrix = scenario.Directory.Write("App/obj/requirement-coverage.json",
            """{"gatePassed":false,"requirements":[{"feature":"001-quotes","requirement":"FR-001","draft":false,"code":["QuoteLimiter"],"tests":["QuoteLimiterTests.Rejects_the_101st_request"]},{"feature":"001-quotes","requirement":"FR-002","draft":false,"code":[],"tests":[]}]}""");
        scenario.WriteManifest(t =>
        {
            t.IncludeTimestamps = variant == "timestamps";
            t.ErrorLog = variant is "sarif" or "blast-radius" ? sarif : null;
            t.EndpointInventory = variant is "sarif" or "blast-radius";
            t.LiveManifest = live;
            t.RepositoryUrl = variant == "passing" ? "https://github.com/example/quotes" : null;
            t.RequirementCoverageGatePassed = variant == "requirement-coverage" ? "false" : null;
            t.RequirementCoverageFile = variant == "requirement-coverage" ? matrix : null;
        });

        Assert.Equal(string.Empty, Validate(scenario.ManifestPath));
        Assert.Equal(variant == "requirement-coverage", File.ReadAllText(scenario.ManifestPath).Contains("\"QuoteLimiterTests.Rejects_the_101st_request\"", StringComparison.Ordinal));
        Assert.Equal(variant == "blast-radius", File.ReadAllText(scenario.ManifestPath).Contains("\"kind\": \"anonymous-endpoint-added\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_manifest_with_the_deploy_steps_evidence_validates_against_the_shipped_schema()
    {
        using var scenario = new DeployScenario(
            rules: SpecKitSamples.Rules(extra: "dependencies:\n  payments:\n    manifest: payments-manifest.json\n"),
            arrange: dir =>
            {
                dir.Write("specs/001-quotes/spec.md", SpecKitSamples.Spec().Replace("**Status**: Complete", "**Status**: Complete\n\n**Depends On**: payments:003-checkout", StringComparison.Ordinal)
                    + "\n## Success Criteria\n\n- **SC-001**: Listing answers within 200 ms.\n");
                dir.Write("Tests/Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>\n");
                dir.Write("Tests/QuoteTests.cs", "namespace Quotes.Tests;\n\npublic class QuoteTests\n{\n    [Fact, Trait(\"Requirement\", \"001-quotes/SC-001\")]\n    public void Lists_quotes_quickly() { }\n}\n");
                dir.Write(".specify/memory/payments-manifest.json", Deploy.DependenciesLiveTests.LiveManifest(3, 3));
            });
        scenario.WriteManifest();
        string trx = scenario.Directory.Write("TestResults/run.trx", Deploy.SuccessCriteriaProvenTests.Trx(("Lists_quotes_quickly", "Passed")));
        var engine = new RecordingBuildEngine();
        string project = scenario.Directory.File("App/App.csproj");
        Assert.True(new SpecConstitution.Tasks.Deploy.ProveSuccessCriteria
        {
            BuildEngine = engine, ManifestPath = scenario.ManifestPath, ProjectDirectory = scenario.ProjectDirectory, ProjectFile = project,
            TestResultFiles = [new Microsoft.Build.Utilities.TaskItem(trx)],
        }.Execute(), engine.AllText);
        Assert.True(new SpecConstitution.Tasks.Deploy.CheckDependenciesLive
        {
            BuildEngine = engine, ManifestPath = scenario.ManifestPath, ProjectDirectory = scenario.ProjectDirectory, ProjectFile = project,
        }.Execute(), engine.AllText);
        TriggerDeployHQ trigger = scenario.Trigger(engine);
        trigger.TargetFrameworks = "net10.0";
        Assert.True(scenario.Run(trigger, engine), engine.AllText);

        string manifest = File.ReadAllText(scenario.ManifestPath);
        Assert.Contains("\"successCriteria\"", manifest);
        Assert.Contains("\"dependencies\"", manifest);
        Assert.Contains("\"buildConfiguration\"", manifest);
        Assert.Equal(string.Empty, Validate(scenario.ManifestPath));
    }

    [Fact]
    public void The_schema_rejects_a_manifest_with_a_malformed_commit()
    {
        using var scenario = new DeployScenario();
        scenario.WriteManifest();
        scenario.EditManifest(m => m["predicate"]!["source"]!["commit"] = "HEAD");

        Assert.Contains("HEAD", Validate(scenario.ManifestPath));
    }

    private static string Validate(string manifestPath)
    {
        const string script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
            print("\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors), end="")
            """;
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-c", script, SchemaPath, manifestPath })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "python3 jsonschema failed: " + error);
        return output;
    }
}
