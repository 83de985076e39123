namespace SpecConstitution.Core.Tests.Support;

/// <summary>The real Spec-Kit trees in ../shared/fixtures/speckit (relative to the repository); tests skip when they are absent.</summary>
public static class SharedCorpus
{
    public static string? Directory
    {
        get
        {
            string corpus = RepositoryPaths.SharedFixtures;
            return System.IO.Directory.Exists(corpus) ? corpus : null;
        }
    }

    /// <summary>Every third-party tree (folders holding specs/), in ordinal order.</summary>
    public static IReadOnlyList<string> Trees() => Directory == null
        ? Array.Empty<string>()
        : System.IO.Directory.GetDirectories(Directory)
            .Where(d => System.IO.Directory.Exists(Path.Combine(d, "specs")))
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToArray();

    public static string? Template(string relativePath) =>
        Directory == null ? null : Path.Combine(Directory, "_speckit-templates", relativePath);
}
