using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests;

/// <summary>
/// A Razor Pages app from the real `dotnet new webapp` template, the package added by `dotnet add package`: in a real
/// build the Razor generator's page classes reach the analyzers, so each page is its own endpoint, reported at its
/// PageModel, and the page conventions of Program.cs count.
/// </summary>
[Collection(PackageCollection.Name)]
public class RazorPagesBuildTests(PackageFixture package)
{
    [Fact]
    public void Each_page_of_a_webapp_is_judged_at_its_model()
    {
        TestProjectDirectory dir = package.CreateProjectDirectory("razor-pages").WriteSpecKitTree(SpecKitSamples.EndpointRules);
        foreach (string[] command in new[] { new[] { "new", "webapp", "-o", "Web", "-n", "Web", "--no-restore" }, new[] { "restore", "Web/Web.csproj" } })
        {
            CommandResult result = dir.Dotnet(command);
            Assert.True(result.ExitCode == 0, $"dotnet {string.Join(' ', command)}:\n{result.Output}");
        }

        dir.AddPackage("Web/Web.csproj");
        string program = dir.Read("Web/Program.cs");
        Assert.Contains("builder.Services.AddRazorPages();", program);
        dir.Write("Web/Program.cs", program.Replace(
            "builder.Services.AddRazorPages();",
            "builder.Services.AddRazorPages(options => options.Conventions.AuthorizePage(\"/Privacy\"));"));

        CommandResult build = dir.Build("Web/Web.csproj");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.Equal(
            new[] { "Error.cshtml.cs '/Error'", "Index.cshtml.cs '/'", "Privacy.cshtml.cs '/Privacy'" },
            Reports(build, "SC1001"));
        Assert.Equal(new[] { "Error.cshtml.cs '/Error'", "Index.cshtml.cs '/'" }, Reports(build, "SC1002"));
    }

    /// <summary>"File 'endpoint'" for each report of <paramref name="id"/>, sorted.</summary>
    private static string[] Reports(CommandResult build, string id) => build.DiagnosticLines(id)
        .Select(line =>
        {
            string file = Path.GetFileName(line[..line.IndexOf('(')]);
            int quote = line.IndexOf('\'');
            return file + " '" + line[(quote + 1)..line.IndexOf('\'', quote + 1)] + "'";
        })
        .Distinct()
        .OrderBy(report => report, StringComparer.Ordinal)
        .ToArray();
}
