using System.Text.Json.Nodes;
using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Deploy;

/// <summary>SC5040/SC5041: DeployHQ's build configuration for the target against the project's frameworks and global.json.</summary>
public sealed class PipelineFitTests
{
    private static JsonObject Configuration(string id, string? dotnet, params string[] servers) => new()
    {
        ["identifier"] = id,
        ["packages"] = dotnet == null ? new JsonObject { ["node"] = "20" } : new JsonObject { ["dotnet"] = dotnet, ["node"] = "20" },
        ["default"] = servers.Length == 0,
        ["servers"] = new JsonArray(servers.Select(s => (JsonNode)new JsonObject { ["identifier"] = s, ["name"] = "web-1" }).ToArray()),
    };

    private static (bool Ok, RecordingBuildEngine Engine) Deploy(DeployScenario scenario, string frameworks, bool check = true)
    {
        var engine = new RecordingBuildEngine();
        TriggerDeployHQ task = scenario.Trigger(engine);
        task.TargetFrameworks = frameworks;
        task.CheckBuild = check;
        return (scenario.Run(task, engine), engine);
    }

    [Fact]
    public void A_dotnet_8_build_image_refuses_a_net10_project_before_any_deployment_request()
    {
        using var scenario = new DeployScenario();
        scenario.Server.DefaultBuildConfiguration = Configuration("cfg-default", "8.0");
        scenario.WriteManifest();

        (bool ok, RecordingBuildEngine engine) = Deploy(scenario, "net10.0;");

        Assert.False(ok);
        string message = Assert.Single(engine.Errors, e => e.Code == "SC5040").Message!;
        Assert.Contains("with .NET 8.0", message);
        Assert.Contains("target framework net10.0 needs .NET 10 or later", message);
        Assert.Contains("the project's default build configuration cfg-default", message);
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
        JsonNode recorded = scenario.Manifest["predicate"]!["buildConfiguration"]!;
        Assert.Equal("8.0", (string?)recorded["dotnet"]);
        Assert.False((bool)recorded["fits"]!);
        Assert.Equal(10, (int)recorded["needs"]![0]!["series"]!);
    }

    [Fact]
    public void A_dotnet_10_build_image_deploys_and_the_manifest_records_it()
    {
        using var scenario = new DeployScenario();
        scenario.Server.DefaultBuildConfiguration = Configuration("cfg-default", "10.0");
        scenario.WriteManifest();

        (bool ok, RecordingBuildEngine engine) = Deploy(scenario, "net10.0;net8.0");

        Assert.True(ok, engine.AllText);
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
        Assert.Single(scenario.Server.RequestsTo("GET", "/build_configurations"));
        JsonNode recorded = scenario.Manifest["predicate"]!["buildConfiguration"]!;
        Assert.Equal("cfg-default", (string?)recorded["identifier"]);
        Assert.True((bool)recorded["fits"]!);
        // The report's digest is of the manifest as amended.
        JsonNode report = JsonNode.Parse(File.ReadAllText(scenario.Directory.File("App/bin/spec-deployment.json")))!;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(scenario.ManifestPath))), (string?)report["manifestSha256"]);
    }

    [Fact]
    public void A_per_server_override_wins_over_the_default()
    {
        using var scenario = new DeployScenario();
        scenario.Server.DefaultBuildConfiguration = Configuration("cfg-default", "10.0");
        scenario.Server.BuildConfigurationOverrides.Add(Configuration("cfg-web", "8.0", FakeDeployHQ.ServerId));
        scenario.WriteManifest();

        (bool ok, RecordingBuildEngine engine) = Deploy(scenario, "net10.0");

        Assert.False(ok);
        Assert.Contains("the build configuration override cfg-web for server 'web-1'", Assert.Single(engine.Errors, e => e.Code == "SC5040").Message);
        Assert.Empty(scenario.Server.RequestsTo("GET", "/build_configuration"));
        Assert.Empty(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void Global_json_asking_for_a_newer_SDK_series_is_named()
    {
        using var scenario = new DeployScenario(arrange: dir => dir.Write("global.json", "{\n  \"sdk\": {\n    \"version\": \"10.0.100\",\n    \"rollForward\": \"latestFeature\"\n  }\n}\n"));
        scenario.Server.DefaultBuildConfiguration = Configuration("cfg-default", "8.0");
        scenario.WriteManifest();

        (bool ok, RecordingBuildEngine engine) = Deploy(scenario, "net8.0");

        Assert.False(ok);
        string message = Assert.Single(engine.Errors, e => e.Code == "SC5040").Message!;
        Assert.Contains("global.json sdk.version 10.0.100", message);
        Assert.DoesNotContain("target framework net8.0", message);
    }

    [Fact]
    public void No_dotnet_configured_is_information_and_the_deployment_goes_ahead()
    {
        using var scenario = new DeployScenario();
        scenario.Server.DefaultBuildConfiguration = Configuration("cfg-default", null);
        scenario.WriteManifest();

        (bool ok, RecordingBuildEngine engine) = Deploy(scenario, "net10.0");

        Assert.True(ok, engine.AllText);
        Assert.Contains(engine.Messages, m => m.Code == "SC5041" && m.Importance == Microsoft.Build.Framework.MessageImportance.High && m.Message!.Contains("configures no .NET version", StringComparison.Ordinal));
        Assert.Empty(engine.Warnings);
        Assert.Single(scenario.Server.RequestsTo("POST", "/deployments"));
    }

    [Fact]
    public void CheckBuild_false_reads_no_build_configuration()
    {
        using var scenario = new DeployScenario();
        scenario.Server.DefaultBuildConfiguration = Configuration("cfg-default", "8.0");
        scenario.WriteManifest();

        (bool ok, RecordingBuildEngine engine) = Deploy(scenario, "net10.0", check: false);

        Assert.True(ok, engine.AllText);
        Assert.Empty(scenario.Server.RequestsTo("GET", "/build_configurations"));
        Assert.Null(scenario.Manifest["predicate"]!["buildConfiguration"]);
    }
}
