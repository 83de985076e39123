using SpecConstitution.Integration.Tests.Infrastructure;

namespace SpecConstitution.Integration.Tests.Scale;

/// <summary>Writes the generated solution's files and keeps the figures the test reports: C# files and endpoints per project.</summary>
public sealed class ShopSolutionFiles(TestProjectDirectory directory)
{
    private readonly SortedDictionary<string, int> _endpoints = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _csharpFiles = new(StringComparer.Ordinal);
    private readonly List<string> _projects = [];

    public TestProjectDirectory Directory => directory;

    public IReadOnlyList<string> Projects => _projects;

    public int CSharpFiles => _csharpFiles.Values.Sum();

    public int Endpoints => _endpoints.Values.Sum();

    public IReadOnlyDictionary<string, int> EndpointsByProject => _endpoints;

    /// <summary>Endpoints that exist only when SHOP_EXTENDED is defined (the #if variant build).</summary>
    public int ExtendedOnlyEndpoints { get; private set; }

    public void Project(string name, string csproj)
    {
        _projects.Add($"{name}/{name}.csproj");
        directory.Write($"{name}/{name}.csproj", csproj);
    }

    /// <summary>A C# file of <paramref name="project"/>; <paramref name="endpoints"/> is how many endpoints it maps or declares.</summary>
    public void Source(string project, string relativePath, string text, int endpoints = 0, int extendedOnlyEndpoints = 0)
    {
        directory.Write($"{project}/{relativePath}", text);
        _csharpFiles[project] = _csharpFiles.GetValueOrDefault(project) + 1;
        _endpoints[project] = _endpoints.GetValueOrDefault(project) + endpoints;
        ExtendedOnlyEndpoints += extendedOnlyEndpoints;
    }
}
