using System.Xml.Linq;
using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// The package installed the way the README says, by the real `dotnet add package`, into projects the real templates
/// made: a web API and its xunit tests, each citing a requirement with [SpecConstitution.Requirement]. For a
/// development dependency the CLI writes IncludeAssets without `compile`, so the attribute must come from the
/// package's build files, and it must leave nothing behind in either project's output.
/// </summary>
[Collection(PackageCollection.Name)]
public class CliInstallTests(PackageFixture package)
{
    private const string CliIncludeAssets = "runtime; build; native; contentfiles; analyzers; buildtransitive";

    [Fact]
    public void Dotnet_add_package_lets_a_webapi_and_its_xunit_tests_cite_requirements_and_ships_nothing()
    {
        TestProjectDirectory dir = CreateWebApiWithTests("cli-plain");
        dir.AddPackage("App/App.csproj").AddPackage("Tests/Tests.csproj");

        CommandResult test = dir.Dotnet(["test", dir.FullPath("Tests/Tests.csproj"), "-nologo"]);

        Assert.True(test.ExitCode == 0, test.Output);
        Assert.Contains("Passed!", test.Output);
        AssertInstalledAsTheCliWritesIt(dir, "App/App.csproj", expectVersion: true);
        AssertInstalledAsTheCliWritesIt(dir, "Tests/Tests.csproj", expectVersion: true);
        AssertCitationsCompiledAndLeftNoTrace(dir, test);
    }

    [Fact]
    public void Dotnet_add_package_under_central_package_management_lets_both_projects_cite_requirements()
    {
        TestProjectDirectory dir = CreateWebApiWithTests("cli-cpm")
            .MoveVersionsToDirectoryPackagesProps("App/App.csproj", "Tests/Tests.csproj");
        dir.AddPackage("App/App.csproj").AddPackage("Tests/Tests.csproj");

        CommandResult build = dir.Build("Tests/Tests.csproj");

        Assert.True(build.ExitCode == 0, build.Output);
        AssertInstalledAsTheCliWritesIt(dir, "App/App.csproj", expectVersion: false);
        AssertInstalledAsTheCliWritesIt(dir, "Tests/Tests.csproj", expectVersion: false);
        XElement central = XDocument.Parse(dir.Read("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(v => (string?)v.Attribute("Include") == "SpecConstitution");
        Assert.Equal(package.Version, (string?)central.Attribute("Version"));
        AssertCitationsCompiledAndLeftNoTrace(dir, build);
    }

    /// <summary>`dotnet new webapi` and `dotnet new xunit`, the tests referencing the app, and a citation in each.</summary>
    private TestProjectDirectory CreateWebApiWithTests(string name)
    {
        TestProjectDirectory dir = package.CreateProjectDirectory(name).WriteSpecKitTree();
        foreach (string[] command in new[]
        {
            new[] { "new", "webapi", "-o", "App", "-n", "App", "--no-restore" },
            new[] { "new", "xunit", "-o", "Tests", "-n", "Tests", "--no-restore" },
            new[] { "add", "Tests/Tests.csproj", "reference", "App/App.csproj" },
            // What `dotnet new` does by default: the templates' own packages come from the machine's sources, so the
            // restore inside `dotnet add package --source <feed>` only has SpecConstitution to find there.
            new[] { "restore", "Tests/Tests.csproj" },
        })
        {
            CommandResult result = dir.Dotnet(command);
            Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', command)}:\n{result.Output}");
        }

        return dir
            .Write("App/QuoteCatalog.cs", """
                namespace App;

                [SpecConstitution.Requirement("001-quotes/FR-001")]
                public static class QuoteCatalog
                {
                    public static string[] All() => ["Simplicity is prerequisite for reliability."];
                }
                """)
            .Write("Tests/QuoteCatalogTests.cs", """
                namespace Tests;

                public class QuoteCatalogTests
                {
                    [Fact]
                    [SpecConstitution.Requirement("001-quotes/FR-001")]
                    public void Lists_quotes() => Assert.NotEmpty(App.QuoteCatalog.All());

                    [Fact]
                    [SpecConstitution.Requirement("001-quotes/FR-404")]
                    public void Cites_a_requirement_no_spec_declares() { }
                }
                """);
    }

    private static void AssertInstalledAsTheCliWritesIt(TestProjectDirectory dir, string project, bool expectVersion)
    {
        XElement reference = XDocument.Parse(dir.Read(project)).Descendants("PackageReference")
            .Single(r => (string?)r.Attribute("Include") == "SpecConstitution");
        Assert.Equal("all", reference.Element("PrivateAssets")?.Value);
        Assert.Equal(CliIncludeAssets, reference.Element("IncludeAssets")?.Value); // no `compile`
        Assert.Equal(expectVersion, reference.Attribute("Version") != null);
    }

    private static void AssertCitationsCompiledAndLeftNoTrace(TestProjectDirectory dir, CommandResult build)
    {
        Assert.DoesNotContain("CS0246", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        // The analyzers read both citations: the valid one silently, the wrong one as SC1030 on its line.
        string unknown = Assert.Single(build.DiagnosticLines("SC1030").Select(l => l[..l.IndexOf(": warning", StringComparison.Ordinal)]).Distinct());
        Assert.EndsWith(Path.Combine("Tests", "QuoteCatalogTests.cs") + "(10,35)", unknown);
        // Its help link opens the page of this version's docs: main's, for the prerelease the fixture packs.
        Assert.Contains("https://github.com/spec-constitution/SpecConstitution/blob/main/docs/rules/SC1030.md", build.DiagnosticLines("SC1030")[0]);

        foreach (string project in new[] { "App", "Tests" })
        {
            string bin = dir.FullPath($"{project}/bin/Debug/net10.0");
            Assert.False(File.Exists(Path.Combine(bin, "SpecConstitution.Annotations.dll")), $"{project}: the attribute assembly was copied to bin");
            Assert.DoesNotContain("SpecConstitution.Annotations", BuiltAssembly.References(Path.Combine(bin, project + ".dll")));
            Assert.DoesNotContain("SpecConstitution", File.ReadAllText(Path.Combine(bin, project + ".deps.json")));
        }
    }
}
