using System.Text.Json;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// Issue 6 through the packed package and `dotnet build`: project rules (SC4001/SC4002) with multi-targeting and
/// central package management, and requirement traceability on an app + xunit tests solution (SC1010, SC1030,
/// SC1040, the coverage report, and the deploy gate).
/// </summary>
[Collection(PackageCollection.Name)]
public class ProjectRulesBuildTests(PackageFixture package)
{
    private const string ApprovedSpec = """
        # Feature Specification: Quote limits

        **Feature Branch**: `001-quote-limits`
        **Status**: Approved

        ## Requirements

        - **FR-001**: System MUST limit quote requests to 100 per minute per API key.
        - **FR-002**: System MUST return 429 with Retry-After when the limit is exceeded.
        """;

    [Fact]
    public void Multi_targeted_project_with_central_versions_reports_framework_and_package_once_at_their_lines()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("projectrules")
            .Write(".specify/memory/constitution.md", SpecKitFiles.Constitution)
            .Write(".specify/memory/constitution.rules.yml", """
                constitution-version: 1.0.0
                rules:
                  - id: runtime
                    kind: target-framework
                    allowed: [net10.0]
                  - id: deps
                    kind: package-allowlist
                    packages: ["Microsoft.*", "System.*"]
                """)
            .Write("Directory.Packages.props", $"""
                <Project>
                  <PropertyGroup>
                    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageVersion Include="SpecConstitution" Version="{package.Version}" />
                    <PackageVersion Include="Newtonsoft.Json" Version="13.0.3" />
                  </ItemGroup>
                </Project>
                """)
            .Write("Lib/Lib.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SpecConstitution" PrivateAssets="all" />
                    <PackageReference Include="Newtonsoft.Json" />
                  </ItemGroup>
                </Project>
                """)
            .Write("Lib/Library.cs", "namespace Lib\n{\n    public static class Library\n    {\n        public static int Value => 1;\n    }\n}\n");

        CommandResult build = dir.Build("Lib/Lib.csproj");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        string framework = Assert.Single(build.DiagnosticLines("SC4001"));
        Assert.Contains("Lib.csproj(3,5,", framework);
        Assert.Contains("Target framework 'netstandard2.0' is not allowed by rule 'runtime'", framework);
        string newtonsoft = Assert.Single(build.DiagnosticLines("SC4002").Select(StripProjectSuffix).Distinct());
        Assert.Contains("Lib.csproj(7,5,", newtonsoft);
        Assert.Contains("Package 'Newtonsoft.Json' 13.0.3 (version set in " + dir.FullPath("Directory.Packages.props") + "(7,5))", newtonsoft);
    }

    [Fact]
    public void App_and_xunit_tests_solution_traces_requirements_and_blocks_the_deploy_when_one_is_untested()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("traceability")
            .Write(".specify/memory/constitution.md", SpecKitFiles.Constitution)
            .Write(".specify/memory/constitution.rules.yml", """
                constitution-version: 1.0.0
                rules:
                  - id: no-clock
                    kind: banned-api
                    symbols: ["P:System.DateTime.Now"]
                    message: "use TimeProvider"
                  - id: requirements-tested
                    kind: requirement-coverage
                    require: [tests]
                """)
            .Write("specs/001-quote-limits/spec.md", ApprovedSpec)
            .Write("App/App.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SpecConstitution" Version="{package.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """)
            .Write("App/QuoteLimiter.cs", """
                using SpecConstitution;

                [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App.Tests")]

                namespace App;

                [Requirement("001-quote-limits/FR-001")]
                public sealed class QuoteLimiter
                {
                    public DateTime Stamp() => DateTime.Now;
                }
                """)
            .Write("App.Tests/App.Tests.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                    <PackageReference Include="xunit" Version="2.9.3" />
                    <PackageReference Include="SpecConstitution" Version="{package.Version}" PrivateAssets="all" />
                    <ProjectReference Include="../App/App.csproj" />
                  </ItemGroup>
                </Project>
                """)
            .Write("App.Tests/QuoteLimiterTests.cs", """
                using Xunit;

                namespace App.Tests;

                public class QuoteLimiterTests
                {
                    // App shares its internals with these tests; each project still sees one [Requirement] (no CS0436).
                    [Fact, Trait("Requirement", "001-quote-limits/FR-001"), SpecConstitution.Requirement("001-quote-limits/FR-001")]
                    public void Rejects_the_101st_request() { }

                    [Fact, Trait("Requirement", "001-quote-limits/FR-009")]
                    public void Cites_a_requirement_that_does_not_exist() { }
                }
                """);
        Assert.Equal(0, dir.Dotnet(["new", "sln", "-n", "Quotes", "--format", "sln"]).ExitCode);
        CommandResult add = dir.Dotnet(["sln", "Quotes.sln", "add", "App/App.csproj", "App.Tests/App.Tests.csproj"]);
        Assert.True(add.ExitCode == 0, add.Output);

        CommandResult build = dir.Build("Quotes.sln");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.DoesNotContain("CS0436", build.Output);
        // [Requirement] is compile-time only: nothing of the package is copied next to the app or listed as its dependency.
        Assert.False(File.Exists(dir.FullPath("App/bin/Debug/net10.0/SpecConstitution.Annotations.dll")));
        Assert.DoesNotContain("SpecConstitution.Annotations", AssemblyReferences(dir.FullPath("App/bin/Debug/net10.0/App.dll")));
        string banned = Assert.Single(build.DiagnosticLines("SC1010").Select(StripProjectSuffix).Distinct());
        Assert.True(banned.Contains("QuoteLimiter.cs(10,41): warning SC1010", StringComparison.Ordinal), banned);
        Assert.Contains("Requirement '001-quote-limits/FR-009' does not exist in the specs", Assert.Single(build.DiagnosticLines("SC1030").Select(StripProjectSuffix).Distinct()));
        string gap = Assert.Single(build.DiagnosticLines("SC1040").Select(StripProjectSuffix).Distinct());
        Assert.Contains("001-quote-limits/FR-002 is cited by no test (rule 'requirements-tested')", gap);
        string report = dir.Read("App/obj/Debug/net10.0/specconstitution/requirement-coverage.md");
        Assert.Contains("| 001-quote-limits | FR-001 | `QuoteLimiter` | `QuoteLimiterTests.Rejects_the_101st_request` |", report);
        Assert.Contains("| 001-quote-limits | FR-002 | — | — |", report);
        Assert.Contains("\"gatePassed\": false", dir.Read("App/obj/Debug/net10.0/specconstitution/requirement-coverage.json"));

        // The same matrix travels with the deployment, in the manifest.
        using (JsonDocument manifest = JsonDocument.Parse(dir.Read("App/bin/Debug/net10.0/spec-manifest.json")))
        {
            JsonElement traceability = manifest.RootElement.GetProperty("predicate").GetProperty("spec").GetProperty("traceability");
            Assert.False(traceability.GetProperty("gatePassed").GetBoolean());
            JsonElement fr001 = traceability.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("requirement").GetString() == "FR-001");
            Assert.Contains("QuoteLimiterTests.Rejects_the_101st_request", string.Join(";", fr001.GetProperty("tests").EnumerateArray().Select(t => t.GetString())));
        }

        CommandResult deploy = dir.Build("App/App.csproj", "-p:SpecConstitutionDeploy=true", "-p:SolutionPath=" + dir.FullPath("Quotes.sln"));

        Assert.NotEqual(0, deploy.ExitCode);
        Assert.Contains("Deploy blocked: the requirement-coverage gate failed", deploy.Output);
    }

    private static IReadOnlyList<string> AssemblyReferences(string path)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
        System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToArray();
    }

    /// <summary>The console logger appends "[project::TargetFramework=…]"; the same finding from the summary compares equal without it.</summary>
    private static string StripProjectSuffix(string line)
    {
        int bracket = line.LastIndexOf(" [", StringComparison.Ordinal);
        return bracket > 0 ? line[..bracket] : line;
    }
}
