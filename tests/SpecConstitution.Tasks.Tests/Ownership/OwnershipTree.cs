using SpecConstitution.Tasks.Tests.Infrastructure;

namespace SpecConstitution.Tasks.Tests.Ownership;

/// <summary>
/// One .specify/ and two projects that use the package (src/My.App.Web, src/My.App.Core); features are added with the
/// files their tasks.md or plan.md name. Every feature's spec has one open clarification: one SC2010 per feature.
/// </summary>
internal sealed class OwnershipTree : IDisposable
{
    public OwnershipTree(bool secondProject = true, string webClaims = "")
    {
        Dir = new TempDirectory("sc-ownership");
        Dir.Write(".specify/memory/constitution.md", SpecKitSamples.Constitution);
        Dir.Write(".specify/memory/constitution.rules.yml", SpecKitSamples.Rules());
        Web = Project("src/My.App.Web/My.App.Web.csproj", webClaims);
        Core = secondProject ? Project("src/My.App.Core/My.App.Core.csproj", string.Empty) : null;
    }

    public TempDirectory Dir { get; }

    public string Web { get; }

    public string? Core { get; }

    /// <summary>MSBuild's CurrentSolutionConfigurationContents for a solution holding both projects.</summary>
    public string SolutionConfiguration => "<SolutionConfiguration>" +
        string.Concat(new[] { Web, Core }.Where(p => p != null).Select(p => $"<ProjectConfiguration Project=\"{{{Guid.NewGuid()}}}\" AbsolutePath=\"{p}\">Debug|AnyCPU</ProjectConfiguration>")) +
        "</SolutionConfiguration>";

    public OwnershipTree Feature(string name, string? tasks = null, string? plan = null)
    {
        Dir.Write($"specs/{name}/spec.md", SpecKitSamples.Spec(status: "Draft", clarification: true).Replace("001-quotes", name));
        if (tasks != null)
        {
            Dir.Write($"specs/{name}/tasks.md", "# Tasks\n\n## Phase 1: Setup\n\n" + tasks + "\n");
        }

        if (plan != null)
        {
            Dir.Write($"specs/{name}/plan.md", plan);
        }

        return this;
    }

    public RecordingBuildEngine Validate(string project, bool inSolution = true, string? claims = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new ValidateSpecs
        {
            BuildEngine = engine,
            ProjectDirectory = Path.GetDirectoryName(project)!,
            ProjectFile = project,
            FindingsFile = Path.Combine(Path.GetDirectoryName(project)!, "obj", "spec-findings.json"),
            CoverageFile = CoverageFile(project),
            SarifFile = Path.Combine(Path.GetDirectoryName(project)!, "obj", "spec-findings.sarif"),
            SolutionConfiguration = inSolution ? SolutionConfiguration : null,
            ClaimedFeatures = claims,
        };
        Assert.True(task.Execute(), engine.AllText);
        return engine;
    }

    /// <summary>The features whose SC2010 the project printed, by folder name.</summary>
    public static IReadOnlyList<string> FeaturesReported(RecordingBuildEngine engine, string id = "SC2010") =>
        engine.Warnings.Where(w => w.Code == id).Select(w => Path.GetFileName(Path.GetDirectoryName(w.File)!)).Order(StringComparer.Ordinal).ToArray();

    public static string CoverageFile(string project) => Path.Combine(Path.GetDirectoryName(project)!, "obj", "spec-coverage.json");

    public static string SarifFile(string project) => Path.Combine(Path.GetDirectoryName(project)!, "obj", "spec-findings.sarif");

    public void Dispose() => Dir.Dispose();

    private string Project(string relative, string claims) => Dir.Write(relative, $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <PackageReference Include="SpecConstitution" Version="1.0.0" PrivateAssets="all" />
            {claims}
          </ItemGroup>
        </Project>
        """);
}
