namespace SpecConstitution.Analyzers.Tests.Runtime.RealApps;

/// <summary>
/// The real ASP.NET Core apps of ../shared/fixtures/aspnet-apps (relative to the repository) and the project each
/// builds, as its README's table lists them. Tests skip when the folder is absent; nothing is copied into the repository.
/// </summary>
public static class SharedAspNetApps
{
    public static string? Directory =>
        System.IO.Directory.Exists(SpecConstitution.TestSupport.RepositoryPaths.SharedAspNetApps) ? SpecConstitution.TestSupport.RepositoryPaths.SharedAspNetApps : null;

    /// <summary>Every app: folder name and project path, from the README rows "| `folder` | repo | commit | licence | `project` | …".</summary>
    public static IReadOnlyList<SharedAspNetApp> All()
    {
        string? root = Directory;
        if (root == null || !File.Exists(Path.Combine(root, "README.md")))
        {
            return Array.Empty<SharedAspNetApp>();
        }

        var apps = new List<SharedAspNetApp>();
        foreach (string line in File.ReadLines(Path.Combine(root, "README.md")))
        {
            string[] cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 7 || !cells[1].StartsWith('`'))
            {
                continue;
            }

            string folder = cells[1].Trim('`');
            string project = cells[5].Trim('`');
            if (System.IO.Directory.Exists(Path.Combine(root, folder)) && File.Exists(Path.Combine(root, folder + ".endpoints.tsv")))
            {
                apps.Add(new SharedAspNetApp(folder, Path.Combine(root, folder), project, Path.Combine(root, folder + ".endpoints.tsv")));
            }
        }

        return apps.OrderBy(a => a.Name, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The app names for a theory; a single placeholder when the folder is absent, so the test can skip by name.</summary>
    public static IEnumerable<object[]> Names()
    {
        IReadOnlyList<SharedAspNetApp> apps = All();
        return apps.Count == 0 ? new[] { new object[] { Absent } } : apps.Select(a => new object[] { a.Name });
    }

    public const string Absent = "(shared apps absent)";
}

/// <summary>One shared app: its folder, the project its recipe builds (relative to the folder), and its runtime endpoint list.</summary>
public sealed record SharedAspNetApp(string Name, string Folder, string Project, string EndpointList);
