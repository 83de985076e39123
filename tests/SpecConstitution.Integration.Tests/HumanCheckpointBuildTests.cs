using System.Security.Cryptography;
using System.Text.Json;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Issue 22, done as a user does it: an app built against the packed package at three commits, each deployed against
/// the stand-in DeployHQ on 127.0.0.1 with the previous deployed manifest as the live one. A harmless change deploys;
/// a new anonymous endpoint gets a preview and SC5020 with the manifest's digest; that digest, given as the approval,
/// queues exactly one deployment. Three builds and one deploy-only run.
/// </summary>
[Collection(PackageCollection.Name)]
public class HumanCheckpointBuildTests(PackageFixture package)
{
    private const string Head = """
        using Microsoft.AspNetCore.RateLimiting;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("per-key", w => { w.PermitLimit = 100; w.Window = TimeSpan.FromMinutes(1); }));
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseRateLimiter();
        app.MapGet("/api/quotes", () => "quotes").RequireAuthorization().RequireRateLimiting("per-key");

        """;

    private const string Tail = "app.Run();\n";
    private const string HarmlessEndpoint = "app.MapPost(\"/api/quotes\", () => \"added\").RequireAuthorization().RequireRateLimiting(\"per-key\");\n";
    private const string AnonymousEndpoint = "app.MapGet(\"/api/export\", () => \"everything\").AllowAnonymous();\n";

    private const string Tasks = """
        # Tasks: Quotes

        ## Phase 1: Setup

        - [X] T001 Create project in App/App.csproj
        - [X] T002 [US1] Map the endpoint in App/Program.cs
        """;

    [Fact]
    public void A_new_anonymous_endpoint_waits_for_the_approval_of_its_digest_and_a_harmless_change_deploys()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("checkpoint")
            .WriteSpecKitTree()
            .Write("specs/001-quotes/spec.md", SpecKitFiles.Spec.Replace("**Status**: Draft", "**Status**: Complete").Replace(" [NEEDS CLARIFICATION: how many requests per minute?]", " 100 requests per minute."))
            .Write("specs/001-quotes/tasks.md", Tasks)
            .Write(".gitignore", "bin/\nobj/\nlive/\n")
            .WriteWebProject()
            .Write("App/Program.cs", Head + Tail);
        dir.GitCommitAll("live");
        const string manifest = "App/bin/Debug/net10.0/spec-manifest.json";
        string live = dir.FullPath("live/spec-manifest.json");
        using var server = new FakeDeployHQ();

        // Build 1: what is live now (CI's build step: a CI build writes the endpoint inventory by default; its
        // manifest is archived as the live one).
        CommandResult first = dir.Dotnet(["build", dir.FullPath("App/App.csproj"), "-nologo"], new Dictionary<string, string?> { ["CI"] = "true" });
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Empty(first.DiagnosticLines("SC1090")); // the inventory's carrier never shows at the default verbosity
        Archive(dir, manifest, live);
        using (JsonDocument liveManifest = JsonDocument.Parse(File.ReadAllText(live)))
        {
            JsonElement endpoint = Assert.Single(liveManifest.RootElement.GetProperty("predicate").GetProperty("endpoints").EnumerateArray());
            Assert.Equal("/api/quotes", endpoint.GetProperty("route").GetString());
            Assert.Equal(("authorize", "per-key"), (endpoint.GetProperty("authorization").GetString(), endpoint.GetProperty("rateLimiting").GetString()));
            Assert.Equal("App/Program.cs", endpoint.GetProperty("location").GetProperty("path").GetString());
        }

        // Build 2: a new authorized, rate-limited endpoint deploys without a checkpoint.
        dir.Write("App/Program.cs", Head + HarmlessEndpoint + Tail).GitCommitAll("harmless");
        CommandResult harmless = Deploy(dir, server, "build", live);
        Assert.True(harmless.ExitCode == 0, harmless.Output);
        Assert.Equal(["queue"], Modes(server));
        Assert.Contains("endpoint-added", dir.Read(manifest));
        Archive(dir, manifest, live);

        // Build 3: a new anonymous endpoint: a preview of exactly this commit, SC5020 with the digest, nothing queued.
        string commit = dir.Write("App/Program.cs", Head + HarmlessEndpoint + AnonymousEndpoint + Tail).GitCommitAll("anonymous");
        CommandResult risky = Deploy(dir, server, "build", live);
        Assert.NotEqual(0, risky.ExitCode);
        string digest = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(dir.FullPath(manifest)))).ToLowerInvariant();
        string sc5020 = Assert.Single(risky.DiagnosticLines("SC5020"));
        Assert.Contains("anonymous-endpoint-added 'GET /api/export'", sc5020);
        Assert.Contains("-p:SpecConstitutionApproval=" + digest, sc5020);
        Assert.Equal(["queue", "preview"], Modes(server));
        Assert.Equal(commit, (string?)server.RequestsTo("POST", "/deployments")[1].Deployment!["end_revision"]);
        string summary = dir.Read("App/bin/Debug/net10.0/spec-summary.md");
        Assert.Contains("| **yes** | `anonymous-endpoint-added` | `GET /api/export` |", summary);
        Assert.Contains("-p:SpecConstitutionApproval=" + digest, summary);

        // The same manifest, approved by its digest: exactly one deployment is queued (deploy-only, no rebuild).
        CommandResult approved = Deploy(dir, server, "msbuild", live, "-t:SpecConstitutionDeploy", "-p:SpecConstitutionApproval=" + digest);
        Assert.True(approved.ExitCode == 0, approved.Output);
        Assert.Equal(["queue", "preview", "queue"], Modes(server));
        Assert.Equal(commit, (string?)server.RequestsTo("POST", "/deployments")[2].Deployment!["end_revision"]);
    }

    private static CommandResult Deploy(TestProjectDirectory dir, FakeDeployHQ server, string verb, string live, params string[] extra) =>
        dir.Dotnet(
            [verb, dir.FullPath("App/App.csproj"), "-nologo",
             "-p:SpecConstitutionDeploy=true",
             "-p:SpecConstitutionLiveManifest=" + live,
             "-p:SpecConstitutionDeployHQAccount=example",
             "-p:SpecConstitutionDeployHQBaseUrl=" + server.BaseUrl,
             "-p:SpecConstitutionDeployHQProject=" + FakeDeployHQ.ProjectPermalink,
             "-p:SpecConstitutionDeployHQTarget=web-1",
             "-p:SpecConstitutionDeployHQUser=" + FakeDeployHQ.User, .. extra],
            new Dictionary<string, string?> { ["DEPLOYHQ_API_KEY"] = server.ApiKey });

    /// <summary>What the docs' workflow does after a deployment: the deployed manifest is the next build's live manifest.</summary>
    private static void Archive(TestProjectDirectory dir, string manifest, string live)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(live)!);
        File.Copy(dir.FullPath(manifest), live, overwrite: true);
    }

    private static string[] Modes(FakeDeployHQ server) =>
        server.RequestsTo("POST", "/deployments").Select(r => (string?)r.Deployment!["mode"] ?? "?").ToArray();
}
