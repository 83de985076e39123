using System.Text.Json.Nodes;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Issue 24 through the packed package and a real build: DeployHQ's build image against a net10.0 app (SC5040), and a
/// feature that waits for another system's live manifest (SC5042), against stand-ins on 127.0.0.1.
/// </summary>
[Collection(PackageCollection.Name)]
public class PipelineFitDeployTests(PackageFixture package)
{
    private const string Spec = """
        # Feature Specification: Quotes

        **Feature Branch**: `001-quotes`

        **Status**: Implemented

        **Depends On**: payments:003-checkout

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST list quotes.
        """;

    private const string Tasks = """
        # Tasks: Quotes

        ## Phase 1: Setup

        - [X] T001 Create project in App/App.csproj
        """;

    private static string LiveManifest(int done) => new JsonObject
    {
        ["_type"] = "https://in-toto.io/Statement/v1",
        ["predicateType"] = "https://spec-constitution.dev/deploy-manifest/v1",
        ["predicate"] = new JsonObject
        {
            ["source"] = new JsonObject { ["commit"] = "3333333333333333333333333333333333333333" },
            ["spec"] = new JsonObject { ["features"] = new JsonArray(new JsonObject { ["id"] = "003-checkout", ["tasks"] = new JsonObject { ["done"] = done, ["total"] = 4 } }) },
            ["gates"] = new JsonObject { ["passed"] = true, ["checks"] = new JsonArray() },
        },
    }.ToJsonString();

    [Fact]
    public void The_build_image_and_a_dependency_on_another_system_decide_the_deployment_before_any_request()
    {
        using var payments = new FakeApp(200) { Body = LiveManifest(done: 4) };
        TestProjectDirectory dir = package.CreateProjectDirectory("pipeline")
            .Write(".specify/memory/constitution.md", SpecKitFiles.Constitution)
            .Write(".specify/memory/constitution.rules.yml", SpecKitFiles.Rules + $"\ndependencies:\n  payments:\n    manifest: {payments.Url}\n")
            .Write("specs/001-quotes/spec.md", Spec)
            .Write("specs/001-quotes/plan.md", SpecKitFiles.Plan)
            .Write("specs/001-quotes/tasks.md", Tasks)
            .Write(".gitignore", "bin/\nobj/\n")
            .Write("App/App.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SpecConstitution" Version="{package.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """)
            .Write("App/Program.cs", "System.Console.WriteLine(\"quotes\");\n");
        dir.GitCommitAll();
        CommandResult build = dir.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Empty(build.DiagnosticLines("SC2086"));

        using var server = new FakeDeployHQ();
        server.DefaultBuildConfiguration["packages"] = new JsonObject { ["dotnet"] = "8.0" };
        var key = new Dictionary<string, string?> { ["DEPLOYHQ_API_KEY"] = server.ApiKey };
        string[] deploy =
        [
            "msbuild", dir.FullPath("App/App.csproj"), "-nologo", "-t:SpecConstitutionDeploy",
            "-p:SpecConstitutionDeployHQAccount=example",
            "-p:SpecConstitutionDeployHQBaseUrl=" + server.BaseUrl,
            "-p:SpecConstitutionDeployHQProject=" + FakeDeployHQ.ProjectPermalink,
            "-p:SpecConstitutionDeployHQTarget=web-1",
            "-p:SpecConstitutionDeployHQUser=" + FakeDeployHQ.User,
        ];

        // A .NET 8 build image cannot build net10.0: SC5040 before any deployment request.
        CommandResult tooOld = dir.Dotnet(deploy, key);
        Assert.NotEqual(0, tooOld.ExitCode);
        string sc5040 = Assert.Single(Lines(tooOld, "SC5040"));
        Assert.Contains("with .NET 8.0, but target framework net10.0 needs .NET 10 or later", sc5040);
        Assert.Empty(server.RequestsTo("POST", "/deployments"));

        // A .NET 10 image deploys.
        server.DefaultBuildConfiguration["packages"] = new JsonObject { ["dotnet"] = "10.0" };
        CommandResult fits = dir.Dotnet(deploy, key);
        Assert.True(fits.ExitCode == 0, fits.Output);
        Assert.Single(server.RequestsTo("POST", "/deployments"));

        // The dependency's live manifest shows open tasks: SC5042 naming it, and DeployHQ hears nothing.
        payments.Body = LiveManifest(done: 2);
        int before = server.Requests.Count;
        CommandResult waiting = dir.Dotnet(deploy, key);
        Assert.NotEqual(0, waiting.ExitCode);
        string sc5042 = Assert.Single(Lines(waiting, "SC5042"));
        Assert.Contains("'payments:003-checkout': tasks open: 2 of 4 done", sc5042);
        Assert.Contains("spec.md(7,17", sc5042);
        Assert.Equal(before, server.Requests.Count);

        // The same dependency done: it deploys, and the manifest names the commit the live manifest named.
        payments.Body = LiveManifest(done: 4);
        CommandResult live = dir.Dotnet(deploy, key);
        Assert.True(live.ExitCode == 0, live.Output);
        Assert.Equal(2, server.RequestsTo("POST", "/deployments").Count);
        string manifest = dir.Read("App/bin/Debug/net10.0/spec-manifest.json");
        Assert.Contains("3333333333333333333333333333333333333333", manifest);
        Assert.Contains("\"dependencies-live\"", manifest);
        Assert.Empty(payments.Authorizations);
    }

    /// <summary>The console logger repeats errors in its summary with "[project]" appended: one line per finding.</summary>
    private static string[] Lines(CommandResult result, string code) =>
        result.DiagnosticLines(code).Select(l => l.LastIndexOf(" [", StringComparison.Ordinal) is int b && b > 0 ? l[..b] : l).Distinct().ToArray();
}
