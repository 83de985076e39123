using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Issue 23 through the packed package: a real app + xunit solution, real `dotnet test --logger trx` results handed to
/// the deploy step (SC5030), then a verification URL that answers 503 and a rollback (SC5031, SC5032).
/// </summary>
[Collection(PackageCollection.Name)]
public class ProofDeployTests(PackageFixture package)
{
    private const string Spec = """
        # Feature Specification: Quotes

        **Feature Branch**: `001-quotes`

        **Status**: Implemented

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST list quotes.

        ## Success Criteria *(mandatory)*

        - **SC-001**: Listing quotes returns at least one quote.
        - **SC-002**: The limit is 100 requests per minute.
        """;

    private const string Tasks = """
        # Tasks: Quotes

        ## Phase 1: Setup

        - [X] T001 Create project in App/App.csproj
        """;

    [Fact]
    public void Real_TRX_results_decide_the_success_criteria_and_a_503_after_deploying_rolls_back_once()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("proof")
            .Write(".specify/memory/constitution.md", SpecKitFiles.Constitution)
            .Write(".specify/memory/constitution.rules.yml", SpecKitFiles.Rules)
            .Write("specs/001-quotes/spec.md", Spec)
            .Write("specs/001-quotes/plan.md", SpecKitFiles.Plan)
            .Write("specs/001-quotes/tasks.md", Tasks)
            .Write(".gitignore", "bin/\nobj/\nTestResults/\n")
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
            .Write("App/Program.cs", "public static class Program\n{\n    public static string[] Quotes => [\"Simplicity is prerequisite for reliability.\"];\n\n    public static void Main() => System.Console.WriteLine(Quotes[0]);\n}\n")
            .Write("App.Tests/App.Tests.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <IsPackable>false</IsPackable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                    <PackageReference Include="xunit" Version="2.9.3" />
                    <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                    <ProjectReference Include="../App/App.csproj" />
                  </ItemGroup>
                </Project>
                """)
            .Write("App.Tests/QuoteTests.cs", """
                using Xunit;

                namespace App.Tests;

                public class QuoteTests
                {
                    [Fact, Trait("Requirement", "001-quotes/SC-001")]
                    public void Lists_at_least_one_quote() => Assert.NotEmpty(Program.Quotes);

                    // Passes only when the environment says so: the same build, a failing then a passing run.
                    [Fact, Trait("Requirement", "001-quotes/SC-002")]
                    public void Limits_each_key_to_100_a_minute() => Assert.Equal("100", System.Environment.GetEnvironmentVariable("QUOTES_LIMIT"));
                }
                """);
        Assert.Equal(0, dir.Dotnet(["new", "sln", "-n", "Quotes", "--format", "sln"]).ExitCode);
        Assert.Equal(0, dir.Dotnet(["sln", "Quotes.sln", "add", "App/App.csproj", "App.Tests/App.Tests.csproj"]).ExitCode);
        dir.GitCommitAll();
        CommandResult build = dir.Build("Quotes.sln");
        Assert.True(build.ExitCode == 0, build.Output);

        using var server = new FakeDeployHQ();
        string earlier = server.AddCompletedDeployment(FakeDeployHQ.ServerId, FakeDeployHQ.LastRevision);
        var key = new Dictionary<string, string?> { ["DEPLOYHQ_API_KEY"] = server.ApiKey };
        string[] deploy =
        [
            "msbuild", dir.FullPath("App/App.csproj"), "-nologo", "-t:SpecConstitutionDeploy",
            "-p:SpecConstitutionTestResults=" + dir.FullPath("TestResults") + "/*.trx",
            "-p:SpecConstitutionDeployHQAccount=example",
            "-p:SpecConstitutionDeployHQBaseUrl=" + server.BaseUrl,
            "-p:SpecConstitutionDeployHQProject=" + FakeDeployHQ.ProjectPermalink,
            "-p:SpecConstitutionDeployHQTarget=web-1",
            "-p:SpecConstitutionDeployHQUser=" + FakeDeployHQ.User,
        ];

        // 1. SC-002's test fails: refused before any request, naming SC-002 and not SC-001.
        CommandResult failingTests = dir.Dotnet(["test", dir.FullPath("Quotes.sln"), "--no-build", "--logger", "trx", "--results-directory", dir.FullPath("TestResults")]);
        Assert.NotEqual(0, failingTests.ExitCode);
        CommandResult refused = dir.Dotnet(deploy, key);
        Assert.NotEqual(0, refused.ExitCode);
        string sc5030 = Assert.Single(Lines(refused, "SC5030"));
        Assert.Contains("001-quotes/SC-002", sc5030);
        Assert.Contains("QuoteTests.Limits_each_key_to_100_a_minute failed", sc5030);
        Assert.Contains("spec.md(16,5", sc5030);
        Assert.DoesNotContain(refused.DiagnosticLines("SC5030"), l => l.Contains("SC-001", StringComparison.Ordinal));
        Assert.Empty(server.Requests);

        // 2. Every citing test passed in this run's results: it deploys.
        Directory.Delete(dir.FullPath("TestResults"), recursive: true);
        CommandResult passingTests = dir.Dotnet(["test", dir.FullPath("Quotes.sln"), "--no-build", "--logger", "trx", "--results-directory", dir.FullPath("TestResults")],
            new Dictionary<string, string?> { ["QUOTES_LIMIT"] = "100" });
        Assert.True(passingTests.ExitCode == 0, passingTests.Output);
        CommandResult deployed = dir.Dotnet(deploy, key);
        Assert.True(deployed.ExitCode == 0, deployed.Output);
        Assert.Single(server.RequestsTo("POST", "/deployments"));
        Assert.Contains("\"success-criteria-proven\"", dir.Read("App/bin/Debug/net10.0/spec-manifest.json"));

        // 3. The app answers 503 once DeployHQ says completed: SC5031, one rollback to the earlier deployment, SC5032.
        using var app = new FakeApp(503);
        server.StatusProgression.Enqueue("completed");
        server.StatusProgression.Enqueue("completed");
        CommandResult rolledBack = dir.Dotnet(
            [.. deploy, "-p:SpecConstitutionDeployHQWait=true", "-p:SpecConstitutionDeployHQPollIntervalMilliseconds=50",
             "-p:SpecConstitutionDeployVerifyUrl=" + app.Url, "-p:SpecConstitutionDeployVerifyTimeoutSeconds=2",
             "-p:SpecConstitutionDeployVerifyRetryDelayMilliseconds=300", "-p:SpecConstitutionRollbackOnFailure=true"], key);

        Assert.NotEqual(0, rolledBack.ExitCode);
        Assert.Contains("HTTP 503", Assert.Single(Lines(rolledBack, "SC5031")));
        RecordedRequest rollback = Assert.Single(server.RequestsTo("POST", "/rollback"));
        Assert.Equal($"/projects/{FakeDeployHQ.ProjectPermalink}/deployments/{earlier}/rollback", rollback.Path);
        string sc5032 = Assert.Single(Lines(rolledBack, "SC5032"));
        Assert.Contains(earlier, sc5032);
        Assert.DoesNotContain(server.ApiKey, rolledBack.Output);
    }

    /// <summary>The console logger repeats errors in its summary with "[project]" appended: one line per finding.</summary>
    private static string[] Lines(CommandResult result, string code) =>
        result.DiagnosticLines(code).Select(l => l.LastIndexOf(" [", StringComparison.Ordinal) is int b && b > 0 ? l[..b] : l).Distinct().ToArray();
}
