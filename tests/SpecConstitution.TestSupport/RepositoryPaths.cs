namespace SpecConstitution.TestSupport;

public static class RepositoryPaths
{
    /// <summary>The repository root: the folder above this test assembly that holds SpecConstitution.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string PackagingProject => Path.Combine(Root, "src", "SpecConstitution", "SpecConstitution.csproj");

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>Real Spec-Kit trees and templates shared beside the repository (absent on some machines).</summary>
    public static string SharedFixtures => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "speckit"));

    /// <summary>Real ASP.NET Core apps with their runtime endpoint lists, shared beside the repository (absent on some machines).</summary>
    public static string SharedAspNetApps => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", "aspnet-apps"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpecConstitution.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SpecConstitution.sln not found above " + AppContext.BaseDirectory);
    }
}
