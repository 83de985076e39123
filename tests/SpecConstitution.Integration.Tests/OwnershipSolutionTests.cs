using System.Text.Json;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Features belong to projects, in a real two-project solution made as a user makes it: `dotnet new web`,
/// `dotnet new classlib`, `dotnet add package` (the CLI's own reference), one .specify/ and two features.
/// </summary>
[Collection(PackageCollection.Name)]
public class OwnershipSolutionTests(PackageFixture package)
{
    // 001's tasks name the web app's files: the web project owns it. Neither feature has a plan: the repository skips
    // /speckit.plan, one finding (SC2093) reported by the project that owns the first feature, not one SC2002 per feature.
    private const string QuotesTasks = """
        # Tasks: Quotes

        ## Phase 1: Setup

        - [ ] T001 [US1] Map GET /api/v1/quotes in Web/Program.cs
        """;

    // 002's tasks name the library's files: the library owns it, and its open clarification (SC2010) is its own.
    private const string PricingTasks = """
        # Tasks: Pricing

        ## Phase 1: Setup

        - [ ] T001 [US1] Add the price list in Pricing/PriceList.cs
        """;

    [Fact]
    public void Each_project_answers_for_its_own_features_and_a_solution_wide_deploy_sends_one_request()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("owners")
            .Write(".specify/memory/constitution.md", SpecKitFiles.Constitution)
            .Write(".specify/memory/constitution.rules.yml", SpecKitFiles.Rules)
            .Write("specs/001-quotes/spec.md", SpecKitFiles.Spec.Replace(" [NEEDS CLARIFICATION: how many requests per minute?]", " 100 requests per minute."))
            .Write("specs/001-quotes/tasks.md", QuotesTasks)
            .Write("specs/002-pricing/spec.md", SpecKitFiles.Spec.Replace("001-quotes", "002-pricing").Replace("Quotes", "Pricing"))
            .Write("specs/002-pricing/tasks.md", PricingTasks)
            .Write(".gitignore", "bin/\nobj/\n");
        foreach (string[] command in new[]
        {
            new[] { "new", "web", "-n", "Web", "-o", "Web" },
            new[] { "new", "classlib", "-n", "Pricing", "-o", "Pricing" },
            new[] { "add", "Web/Web.csproj", "package", "SpecConstitution", "--version", dir.PackageVersion },
            new[] { "add", "Pricing/Pricing.csproj", "package", "SpecConstitution", "--version", dir.PackageVersion },
            new[] { "new", "sln", "-n", "Owners", "--format", "sln" },
            new[] { "sln", "Owners.sln", "add", "Web/Web.csproj", "Pricing/Pricing.csproj" },
        })
        {
            CommandResult step = dir.Dotnet(command);
            Assert.True(step.ExitCode == 0, string.Join(' ', command) + "\n" + step.Output);
        }

        dir.GitCommitAll();

        CommandResult build = dir.Build("Owners.sln");

        Assert.True(build.ExitCode == 0, build.Output);
        // One distinct line per finding: a line carries its reporting project, so one line means one project printed it.
        string clarification = Assert.Single(build.DiagnosticLines("SC2010"));
        Assert.Contains(Path.Combine("specs", "002-pricing", "spec.md"), clarification);
        Assert.EndsWith("Pricing.csproj]", clarification);
        Assert.Empty(build.DiagnosticLines("SC2002"));
        string noPlanAnywhere = Assert.Single(build.DiagnosticLines("SC2093"));
        Assert.Contains(Path.Combine("specs", "001-quotes", "tasks.md"), noPlanAnywhere);
        Assert.EndsWith("Web.csproj]", noPlanAnywhere);
        Assert.Empty(build.DiagnosticLines("SC2081"));
        Assert.DoesNotContain("FAILED", build.Output);

        // Each manifest lists its own feature; the web app's gates do not see the library's open clarification.
        using (JsonDocument web = JsonDocument.Parse(dir.Read("Web/bin/Debug/net10.0/spec-manifest.json")))
        using (JsonDocument pricing = JsonDocument.Parse(dir.Read("Pricing/bin/Debug/net10.0/spec-manifest.json")))
        {
            Assert.Equal(["001-quotes"], Features(web));
            Assert.Equal(["002-pricing"], Features(pricing));
            Assert.True(Gate(web, "no-open-clarifications"));
            Assert.False(Gate(pricing, "no-open-clarifications"));
        }

        using var server = new FakeDeployHQ();
        CommandResult deploy = dir.Dotnet(
            ["build", dir.FullPath("Owners.sln"), "-nologo",
             "-p:SpecConstitutionDeploy=true",
             "-p:SpecConstitutionDeployHQAccount=example",
             "-p:SpecConstitutionDeployHQBaseUrl=" + server.BaseUrl,
             "-p:SpecConstitutionDeployHQProject=" + FakeDeployHQ.ProjectPermalink,
             "-p:SpecConstitutionDeployHQTarget=web-1",
             "-p:SpecConstitutionDeployHQUser=" + FakeDeployHQ.User],
            new Dictionary<string, string?> { ["DEPLOYHQ_API_KEY"] = server.ApiKey });

        Assert.True(deploy.ExitCode == 0, deploy.Output);
        Assert.Single(server.RequestsTo("POST", "/deployments"));
        Assert.True(File.Exists(dir.FullPath("Web/bin/Debug/net10.0/spec-deployment.json")), deploy.Output);
        Assert.False(File.Exists(dir.FullPath("Pricing/bin/Debug/net10.0/spec-deployment.json")), deploy.Output);
    }

    private static string[] Features(JsonDocument manifest) =>
        manifest.RootElement.GetProperty("predicate").GetProperty("spec").GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString()!).ToArray();

    private static bool Gate(JsonDocument manifest, string id) =>
        manifest.RootElement.GetProperty("predicate").GetProperty("gates").GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == id).GetProperty("passed").GetBoolean();
}
